# A stand-in handler: the example app is synthesized, never deployed.
def handler(event, context):
    return {"ok": True, "keys": sorted(event)}
