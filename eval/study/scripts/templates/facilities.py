"""Template coverage of the facility registry's named energy sites (round 41): English sentences per site; the last line
gives the sentences placed beyond 25 km of the site or not at all, and the total.

    cd /work/main && PYTHONPATH=SRC:. python eval/study/scripts/templates/facilities.py
"""
import math, re, sys
from ceasewatch.extract import Extractor
from ceasewatch.geo.facilities import FacilityRegistry
from tests.test_extract import NEWS, run
ex = Extractor()
reg = FacilityRegistry.bundled()
def km(a, b, c, d):
    r = 6371; p = math.radians
    x = math.sin(p(c-a)/2)**2 + math.cos(p(a))*math.cos(p(c))*math.sin(p(d-b)/2)**2
    return 2*r*math.asin(math.sqrt(x))
KIND = {"energy.oil.refinery": ["refinery", "oil refinery"], "energy.oil.storage": ["oil depot", "oil terminal"],
        "energy.oil.pumping_station": ["pumping station", "oil pumping station"],
        "energy.electricity.generation.thermal": ["thermal power plant", "power plant"],
        "energy.electricity.generation.nuclear": ["nuclear plant", "nuclear power plant"],
        "energy.electricity.generation.hydro": ["hydroelectric power plant", "dam"],
        "energy.gas": ["gas processing plant"], "energy.gas.compressor_station": ["compressor station"]}
bad = 0; tot = 0
for f in reg:
    if not f.id.startswith("cw:") or f.category not in KIND: continue
    base = re.split(r" (?:oil|gas|thermal|nuclear|hydroelectric|marine|power|CHP|port|compressor|oil pumping)\b", f.name)[0]
    base = re.sub(r"\s*\(.*", "", base)
    for kw in KIND[f.category]:
        for t in [f"Drones struck the {base} {kw} overnight, officials said.", f"Drones struck a {kw} in {base} overnight, officials said.",
                  f"Ukrainian drones attacked Lukoil's {base} {kw} overnight, officials said.",
                  f"A fire broke out at the {base} {kw} after a drone attack, officials said."]:
            tot += 1
            cs = run(ex, t, NEWS)
            if not cs:
                print("NOCLAIM", f.id, "|", t); bad += 1; continue
            p = cs[0].place
            d = km(p.lat, p.lon, f.lat, f.lon) if p and p.lat is not None else None
            if d is None or d > 25:
                bad += 1
                print(f"FAR {d and round(d)} {f.id} -> {p and p.name} {p and p.precision} | {t}")
print(bad, tot)
