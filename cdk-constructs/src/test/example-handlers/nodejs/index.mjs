// A stand-in handler: the example app is synthesized, never deployed.
export const handler = async (event) => ({ ok: true, keys: Object.keys(event) });
