"""Python side of bench/sweep-skimage.js: a long-lived worker speaking JSON lines.

Requests:
  {"cmd": "setup", "name": N, "expr": "filters.sobel(camf)"} -> {"ok": true} or {"error"}
  {"cmd": "time", "name": N, "number": K}                   -> {"seconds": total of K calls}
  {"cmd": "check", "name": N}                               -> checksum of one result
  {"cmd": "quit"}
The expressions see numpy as np, scipy.ndimage as ndi, every skimage submodule by its name and
the inputs built by `inputs()` (the same ones bench/sweep-skimage.js builds).
"""
import json
import sys
import time
import warnings

from worker import checksum


def inputs():
    import numpy as np
    from scipy import ndimage as ndi
    from skimage import (color, data, draw, exposure, feature, filters, measure, metrics, morphology,
                         restoration, segmentation, transform, util)
    ns = dict(np=np, ndi=ndi, color=color, data=data, draw=draw, exposure=exposure, feature=feature,
              filters=filters, measure=measure, metrics=metrics, morphology=morphology,
              restoration=restoration, segmentation=segmentation, transform=transform, util=util)
    camera = data.camera()
    camf = util.img_as_float(camera)
    mask = camera > 100
    rgb = data.astronaut()
    rgbf = util.img_as_float(rgb)
    blobs = data.binary_blobs(512, seed=1)
    dist = ndi.distance_transform_edt(blobs)
    ns.update(
        camera=camera, camf=camf, mask=mask, rgb=rgb, rgbf=rgbf, blobs=blobs, dist=dist,
        labels=measure.label(mask), blob_labels=measure.label(blobs),
        camf2=camf[::-1].copy(), edges=feature.canny(camf), lab=color.rgb2lab(rgbf),
        tmpl=camera[200:240, 200:240].copy(), ii=transform.integral_image(camf),
        rgba=color.gray2rgba(camf),
    )
    return ns


def main():
    ns = inputs()
    runners = {}
    out = sys.stdout
    sys.stdout = sys.stderr
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            cmd = req["cmd"]
            if cmd == "quit":
                break
            if cmd == "setup":
                run = eval("lambda: " + req["expr"], ns)
                run()
                runners[req["name"]] = run
                reply = {"ok": True}
            elif cmd == "time":
                run = runners[req["name"]]
                t0 = time.process_time()  # CPU time, as the JS side measures
                for _ in range(int(req["number"])):
                    run()
                reply = {"seconds": time.process_time() - t0}
            elif cmd == "check":
                value = runners[req["name"]]()
                if isinstance(value, (tuple, list)) and len(value) and hasattr(value[0], "shape"):
                    value = value[0]
                reply = checksum(value)
            else:
                raise ValueError(f"unknown command {cmd!r}")
        except Exception as err:
            reply = {"error": f"{type(err).__name__}: {err}"[:200]}
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
