import { z } from "zod";
import { type ConfigVariable, httpUrl, oneOf, optionalOneOf, type SectionSpec, type SectionValues, text } from "./variables.js";

export type OtlpProtocol = "http/protobuf" | "http/json";

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
  /** Where spans are sent over OTLP/HTTP, e.g. http://127.0.0.1:4318/v1/traces. */
  tracesUrl: string | undefined;
  /** The export's encoding: protobuf (the OTLP default) or JSON. */
  protocol: OtlpProtocol;
  /** Sent with each export (an API key, say): never logged. */
  headers: Record<string, string>;
  serviceName: string;
  /** The resource's attributes from OTEL_RESOURCE_ATTRIBUTES (service.name aside: it is `serviceName`). */
  resourceAttributes: Record<string, string>;
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

/**
 * `key1=value1,key2=value2`, keys and values percent-encoded, as the OpenTelemetry specification writes
 * OTLP headers and resource attributes. Bad input is an error, not (as the SDK's own readers do) dropped.
 */
function keyValueList(kind: "headers" | "attributes") {
  const validKey = kind === "headers" ? (key: string) => /^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(key) : (key: string) => key !== "";
  return (): z.ZodType<Record<string, string>, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const pairs: Record<string, string> = {};
        for (const pair of (value ?? "").split(",").filter((p) => p.trim() !== "")) {
          const at = pair.indexOf("=");
          try {
            const rawKey = pair.slice(0, at).trim();
            const key = kind === "headers" ? rawKey.toLowerCase() : decodeURIComponent(rawKey);
            if (at <= 0 || !validKey(key)) throw new SyntaxError("bad key");
            pairs[key] = decodeURIComponent(pair.slice(at + 1).trim());
          } catch {
            // The value is never quoted: headers may carry an API key.
            ctx.addIssue({ code: "custom", message: "is invalid; expected name=value pairs, percent-encoded, separated by commas" });
            return z.NEVER;
          }
        }
        return pairs;
      });
}

const PROTOCOLS: OtlpProtocol[] = ["http/protobuf", "http/json"];

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
  OTEL_EXPORTER_OTLP_PROTOCOL: {
    default: "http/protobuf",
    description: "The export's encoding: http/protobuf or http/json (grpc is not supported).",
    parse: oneOf(PROTOCOLS),
  },
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: {
    default: undefined,
    description: "The traces export's encoding; wins over OTEL_EXPORTER_OTLP_PROTOCOL.",
    parse: optionalOneOf(PROTOCOLS),
  },
  OTEL_EXPORTER_OTLP_HEADERS: {
    default: undefined,
    description: "Headers sent with each export, as name=value pairs separated by commas (never logged).",
    secret: true,
    parse: keyValueList("headers"),
  },
  OTEL_EXPORTER_OTLP_TRACES_HEADERS: {
    default: undefined,
    description: "Headers sent with each traces export; each wins over the same one in OTEL_EXPORTER_OTLP_HEADERS.",
    secret: true,
    parse: keyValueList("headers"),
  },
  OTEL_SERVICE_NAME: {
    default: undefined,
    description: "service.name of the spans; else the one in OTEL_RESOURCE_ATTRIBUTES, else usergraph.",
    parse: text(),
  },
  OTEL_RESOURCE_ATTRIBUTES: {
    default: undefined,
    description: "Attributes of the traces' resource, as key=value pairs separated by commas (e.g. deployment.environment.name=prod).",
    parse: keyValueList("attributes"),
  },
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
  const { "service.name": serviceName, ...resourceAttributes } = values.OTEL_RESOURCE_ATTRIBUTES;
  return {
    enabled: tracesUrl !== undefined && values.OTEL_SDK_DISABLED === "false" && values.OTEL_TRACES_EXPORTER === "otlp",
    tracesUrl,
    protocol: values.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? values.OTEL_EXPORTER_OTLP_PROTOCOL,
    headers: { ...values.OTEL_EXPORTER_OTLP_HEADERS, ...values.OTEL_EXPORTER_OTLP_TRACES_HEADERS },
    serviceName: values.OTEL_SERVICE_NAME ?? serviceName ?? "usergraph",
    resourceAttributes,
    sampler: values.OTEL_TRACES_SAMPLER,
    samplerRatio: values.OTEL_TRACES_SAMPLER_ARG,
  };
}
