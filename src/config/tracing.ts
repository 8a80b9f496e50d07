import { z } from "zod";
import { type ConfigVariable, httpUrl, oneOf, type SectionSpec, type SectionValues, textWithDefault } from "./variables.js";

export type TracesSampler =
  | "always_on"
  | "always_off"
  | "traceidratio"
  | "parentbased_always_on"
  | "parentbased_always_off"
  | "parentbased_traceidratio";

/** OpenTelemetry traces (src/ops/tracing.ts), read from the standard OTEL_* variables. */
export interface TracingConfig {
  /** On when an OTLP endpoint is set and OTEL_SDK_DISABLED is not "true". */
  enabled: boolean;
  /** Where spans are sent: OTLP/HTTP with JSON bodies, e.g. http://127.0.0.1:4318/v1/traces. */
  tracesUrl: string | undefined;
  /** Sent with each export (an API key, say): never logged. */
  headers: Record<string, string>;
  serviceName: string;
  sampler: TracesSampler;
  /** The ratio of the traceidratio samplers. */
  samplerRatio: number;
}

function ratio() {
  return (variable: ConfigVariable): z.ZodType<number, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const n = Number(value ?? "1");
        if (Number.isFinite(n) && n >= 0 && n <= 1) return n;
        ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is invalid; expected a number from 0 to 1 (${variable.name})` });
        return z.NEVER;
      });
}

/** `key1=value1,key2=value2` (values percent-encoded), as the OTLP exporter specification writes headers. */
function otlpHeaders() {
  return (): z.ZodType<Record<string, string>, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const headers: Record<string, string> = {};
        for (const pair of (value ?? "").split(",").filter((p) => p.trim() !== "")) {
          const at = pair.indexOf("=");
          const name = pair.slice(0, at).trim().toLowerCase();
          if (at <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
            ctx.addIssue({ code: "custom", message: "is invalid; expected name=value pairs separated by commas" });
            return z.NEVER;
          }
          try {
            headers[name] = decodeURIComponent(pair.slice(at + 1).trim());
          } catch {
            ctx.addIssue({ code: "custom", message: "is invalid; a value is not percent-encoded correctly" });
            return z.NEVER;
          }
        }
        return headers;
      });
}

export const tracingVariables = {
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    default: undefined,
    description: "OTLP/HTTP collector base URL (spans go to <it>/v1/traces); setting it (or the next) turns traces on.",
    parse: httpUrl("http://127.0.0.1:4318"),
  },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {
    default: undefined,
    description: "Full OTLP/HTTP traces URL; wins over OTEL_EXPORTER_OTLP_ENDPOINT.",
    parse: httpUrl("http://127.0.0.1:4318/v1/traces"),
  },
  OTEL_EXPORTER_OTLP_HEADERS: {
    default: undefined,
    description: "Headers sent with each export, as name=value pairs separated by commas.",
    secret: true,
    parse: otlpHeaders(),
  },
  OTEL_SERVICE_NAME: { default: "usergraph", description: "service.name of the spans.", parse: textWithDefault() },
  OTEL_TRACES_SAMPLER: {
    default: "parentbased_always_on",
    description: "always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off or parentbased_traceidratio.",
    parse: oneOf<TracesSampler>([
      "always_on",
      "always_off",
      "traceidratio",
      "parentbased_always_on",
      "parentbased_always_off",
      "parentbased_traceidratio",
    ]),
  },
  OTEL_TRACES_SAMPLER_ARG: { default: "1", description: "The ratio (0 to 1) of the traceidratio samplers.", parse: ratio() },
  OTEL_SDK_DISABLED: { default: "false", description: "true turns traces off whatever else is set.", parse: oneOf(["true", "false"]) },
  OTEL_TRACES_EXPORTER: { default: "otlp", description: "otlp, or none to turn traces off.", parse: oneOf(["otlp", "none"]) },
} satisfies SectionSpec;

export function toTracing(values: SectionValues<typeof tracingVariables>): TracingConfig {
  const base = values.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, "");
  const tracesUrl = values.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base !== undefined ? `${base}/v1/traces` : undefined);
  return {
    enabled: tracesUrl !== undefined && values.OTEL_SDK_DISABLED === "false" && values.OTEL_TRACES_EXPORTER === "otlp",
    tracesUrl,
    headers: values.OTEL_EXPORTER_OTLP_HEADERS,
    serviceName: values.OTEL_SERVICE_NAME,
    sampler: values.OTEL_TRACES_SAMPLER,
    samplerRatio: values.OTEL_TRACES_SAMPLER_ARG,
  };
}
