import csv, sys, json
sys.path.insert(0, sys.argv[1])
from ceasewatch.extract import Extractor
from ceasewatch.model import Report, Source
from datetime import datetime, UTC
D='/work/shared/data/'
out={}
ex=Extractor()
for f,src in [(D+'mod_russia_telegram/mod_russia_2025-03-01_2025-04-30.csv',Source(name="Минобороны России", affiliation="party_official", party="RUS")),(D+'dronbomber_telegram/dronbomber_2025-03-01_2025-04-30.csv',Source(name="dronbomber", affiliation="party_aligned_media", party="UKR"))]:
    for i,row in enumerate(csv.DictReader(open(f,encoding='utf-8'))):
        r=Report(id=f"{f[-20:]}-{i}",published_at=datetime.fromisoformat(row['datetime']).replace(tzinfo=UTC),source=src,text=row['text_snippet'])
        out[r.id]=(row['text_snippet'][:300],[(c.target.category,c.place.name,c.perpetrator) for c in ex.extract(r).claims])
json.dump(out,open(sys.argv[2],'w'),ensure_ascii=False)
