import * as ConnectorMappers from "botframework-connector/lib/connectorApi/models/mappers";

/**
 * The body of every reply (and proactive post) is an Activity that core-client's serializer turns into the
 * JSON the Bot Connector REST API expects by walking the Activity mapper: for every property of every
 * nested model it resolves the model's properties again, builds the property's path as a string, matches
 * the type's name against a handful of regular expressions and copies the value: 0.4 ms of CPU and ~130 kB
 * allocated per reply, a fifth of a routing turn's CPU. The walk's result is a pure function of the mapper,
 * so the mapper is read once, here, into a projection that does the same per reply without the bookkeeping:
 * only the properties the mapper names (in its order), undefined left out, dates as ISO strings, `Object`
 * properties (card content, channel data, values) as they are.
 * Anything the projection was not made for (a value of the wrong type, a null where the mapper forbids one,
 * a kind of mapper the Activity tree does not use today) is handed to core-client's serializer, which then
 * serialises the whole Activity as before, or refuses it with its own error. The URL, headers, credentials,
 * retries and response handling stay core-client's: only the serializer's work on the body is replaced.
 */

interface MapperLike {
  readonly serializedName?: string;
  readonly required?: boolean;
  readonly nullable?: boolean;
  readonly isConstant?: boolean;
  readonly readOnly?: boolean;
  readonly defaultValue?: unknown;
  readonly type: {
    readonly name: string;
    readonly className?: string;
    readonly modelProperties?: Readonly<Record<string, MapperLike>>;
    readonly element?: MapperLike;
    readonly polymorphicDiscriminator?: unknown;
    readonly uberParent?: unknown;
    readonly additionalProperties?: unknown;
  };
}

/** A value the projection does not handle: the whole body goes to core-client's serializer instead. */
const MISS: unique symbol = Symbol("not projected");
type Projection = (value: unknown) => unknown;

const models = ConnectorMappers as unknown as Readonly<Record<string, MapperLike>>;

/**
 * null and undefined as core-client treats them (its serializer's table): both pass unless the mapper says
 * otherwise. A mapper that says otherwise, or a kind of value not projected (a dictionary), projects only
 * an absent value; anything else there leaves the whole body to core-client.
 */
function compile(mapper: MapperLike, depth = 0): Projection {
  if (mapper.required || mapper.isConstant) return () => MISS;
  const inner = mapper.nullable === false || depth > 8 ? undefined : compileValue(mapper, depth);
  if (!inner) return (v) => (v === undefined ? v : MISS);
  return (v) => (v === undefined || v === null ? v : inner(v));
}

function compileValue(mapper: MapperLike, depth: number): Projection | undefined {
  switch (mapper.type.name) {
    case "String":
      return (v) => (typeof v === "string" ? v : MISS);
    case "Number":
      return (v) => (typeof v === "number" ? v : MISS);
    case "Boolean":
      return (v) => (typeof v === "boolean" ? v : MISS);
    case "Object":
      return (v) => v;
    case "DateTime":
      return (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : MISS);
    case "Sequence": {
      const element = mapper.type.element && elementMapper(mapper.type.element);
      if (!element) return undefined;
      const each = compile(element, depth + 1);
      return (v) => (Array.isArray(v) ? projectArray(v, each) : MISS);
    }
    case "Composite":
      return compileComposite(mapper, depth);
    default:
      return undefined;
  }
}

/** core-client looks a sequence's composite element up by its class name (it may not declare all properties). */
const elementMapper = (element: MapperLike): MapperLike => (element.type.name === "Composite" && element.type.className ? (models[element.type.className] ?? element) : element);

function compileComposite(mapper: MapperLike, depth: number): Projection | undefined {
  const model = mapper.type.modelProperties ? mapper : mapper.type.className ? models[mapper.type.className] : undefined;
  const properties = model?.type.modelProperties;
  if (!model || !properties || model.type.polymorphicDiscriminator || model.type.uberParent || model.type.additionalProperties) return undefined;
  const fields: { readonly key: string; readonly name: string; readonly project: Projection }[] = [];
  for (const [key, property] of Object.entries(properties)) {
    const name = property.serializedName;
    // core-client never sends a read-only property; flattened ("a.b") and unnamed ones are its own walk's
    if (property.readOnly) continue;
    if (!name || name.includes(".") || property.defaultValue !== undefined) return undefined;
    fields.push({ key, name, project: compile(property, depth + 1) });
  }
  return (v) => {
    if (typeof v !== "object" || Array.isArray(v)) return MISS;
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const value = field.project(source[field.key]);
      if (value === MISS) return MISS;
      if (value !== undefined) out[field.name] = value;
    }
    return out;
  };
}

function projectArray(values: readonly unknown[], each: Projection): unknown {
  const out: unknown[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = each(values[i]);
    if (value === MISS) return MISS;
    out[i] = value;
  }
  return out;
}

const projectActivity = compile({ ...(models.Activity as MapperLike), required: false });

/** The Activity as core-client's serializer would give it, or undefined when only that serializer can say. */
export function activityJson(activity: unknown): Record<string, unknown> | undefined {
  if (activity === undefined || activity === null) return undefined;
  const out = projectActivity(activity);
  return out === MISS ? undefined : (out as Record<string, unknown>);
}

// ---- the connector client's side ------------------------------------------------------------------

interface SerializerLike {
  serialize(mapper: unknown, object: unknown, objectName?: string, options?: unknown): unknown;
}
interface OperationSpecLike {
  readonly requestBody?: { readonly mapper?: MapperLike };
  readonly serializer: SerializerLike;
  readonly isXML?: boolean;
}
type SendOperationRequest = (args: unknown, spec: OperationSpecLike, callback?: unknown) => Promise<unknown>;

/** The operation (send, reply, update) with its Activity body serialised by the projection; other operations as they are. */
function withActivityJson(spec: OperationSpecLike): OperationSpecLike {
  const body = spec.requestBody?.mapper;
  if (!body || spec.isXML || body.type.name !== "Composite" || body.type.className !== "Activity") return spec;
  const original = spec.serializer;
  const serializer = Object.create(original) as SerializerLike;
  serializer.serialize = (mapper, object, objectName, options) => (mapper === body && activityJson(object)) || original.serialize(mapper, object, objectName, options);
  return { ...spec, serializer };
}

/**
 * A connector client (botframework-connector's ConnectorClient) whose operations with an Activity body
 * serialise it with the projection. The operation specs are the SDK's own, each wrapped once.
 */
export function withActivityJsonBodies<T>(client: T): T {
  const c = client as { sendOperationRequest?: SendOperationRequest } | undefined;
  const send = c?.sendOperationRequest;
  if (!c || typeof send !== "function") return client;
  const specs = new WeakMap<OperationSpecLike, OperationSpecLike>();
  c.sendOperationRequest = function (args, spec, callback) {
    let ours = specs.get(spec);
    if (!ours) specs.set(spec, (ours = withActivityJson(spec)));
    return send.call(this, args, ours, callback);
  };
  return client;
}
