"""Batch 2, English reports (enw-b2-NN): wire/news style, written here in our own words, stating facts the page in
source.url reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other sources' styles',
'Batch 2'."""

from build_gold import A7, K, M, C, T, around, before, day, daytime, evening, night, since, src

MSK = "+03:00"
KOFF = "+02:00"  # Kyiv until 30 March 03:00
KSUM = "+03:00"
MORATORIUM = "2025-03-18T00:00+03:00"
MORATORIUM_END = "2025-04-17T00:00+03:00"
TRUCE = "2025-04-19T18:00+03:00"


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    AP, RT, KI, AFP, MT = ("AP-style wire", "Reuters-style wire", "Kyiv Independent-style", "AFP-style wire",
                           "Moscow Times-style")

    # --- Dobropillia, 8 March
    p = "2025-03-08T12:00+02:00"
    add("enw-b2-01", p, src(RT, "independent_media", None, "https://www.trtworld.com:443/article/b322230a7477"),
        "multi",
        "KYIV, March 8 - At least 11 people were killed and 30 wounded, five of them children, when Russian ballistic "
        "missiles, rockets and drones hit the eastern Ukrainian town of Dobropillia overnight, Ukraine's Interior "
        "Ministry said on Saturday. Eight apartment blocks and 30 cars were damaged, and Russian forces struck again "
        "while firefighters were tackling the blaze, the ministry said. Three more civilians were killed in a separate "
        "drone attack on the Kharkiv region overnight. Ukraine's air force said Russia fired two Iskander-M ballistic "
        "missiles, an Iskander-K cruise missile and 145 drones, downing one missile and 79 drones.",
        [C("civilian", "dobropillia", night("2025-03-08", KOFF, K), "strike", "ballistic missiles, rockets, drones",
           "RUS", "UKR", "accusation",
           "Russian ballistic missiles, rockets and drones hit the eastern Ukrainian town of Dobropillia overnight",
           note="this text says 'overnight' (other reports: the evening of 7 March): the label follows the text"),
         C("civilian", "ua-kharkiv", night("2025-03-08", KOFF, K), "strike.drone", "drone", "RUS", "UKR", "accusation",
           "Three more civilians were killed in a separate drone attack on the Kharkiv region overnight",
           note="the air force's launch/downing counts give no claim")])

    # --- Dobropillia, Meduza-style, 10 March
    p = "2025-03-10T14:00+02:00"
    add("enw-b2-02", p, src("Meduza-style", "independent_media", None, "https://meduza.io/en/feature/2025/03/10/vile-and-inhumane"),
        "accusation",
        "On the evening of March 7, Russian missiles struck the frontline city of Dobropillia in Donetsk Oblast, "
        "killing at least 11 people and wounding about 50, including seven children, according to Governor Vadym "
        "Filashkin. President Volodymyr Zelensky said Russia had hit the same spot twice, firing a second ballistic "
        "missile at the rescue workers who arrived, and called the tactic vile. The attack came days after Washington "
        "stopped sharing intelligence with Kyiv.",
        [C("civilian", "dobropillia", evening("2025-03-07", KOFF, K), "strike.missile", "missiles", "RUS", "UKR",
           "accusation", "Russian missiles struck the frontline city of Dobropillia in Donetsk Oblast",
           note="Zelensky's double-tap sentence is the same place, category and claimant: one claim")])

    # --- Moscow, 11 March
    p = "2025-03-11T13:00+03:00"
    n = night("2025-03-11", MSK, M)
    add("enw-b2-03", p, src(MT, "independent_media", None, "https://news-247.top/n/1880868"),
        "multi",
        "Russia said on Tuesday it had shot down 337 Ukrainian drones overnight, 91 of them over the Moscow region and "
        "126 over the Kursk region, in what the capital's mayor called the biggest drone attack on Moscow so far. Debris "
        "from a downed drone slightly damaged the roof of a building in southern Moscow, Mayor Sergei Sobyanin said. In "
        "the Moscow region two people were killed and 14 injured, with casualties in Vidnoye, Domodedovo and "
        "Ramenskoye, Governor Andrei Vorobyov said, and debris damaged infrastructure at Domodedovo railway station, "
        "disrupting commuter trains. The Baza Telegram channel reported that a security guard was killed in a car park "
        "in the Domodedovo district.",
        [C("civilian", "moscow", n, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Debris from a downed drone slightly damaged the roof of a building in southern Moscow",
           note="'overnight' of the lead sentence; a building of unsaid kind: civilian"),
         C("civilian", "vidnoye", n, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "with casualties in Vidnoye, Domodedovo and Ramenskoye"),
         C("civilian", "domodedovo", n, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "with casualties in Vidnoye, Domodedovo and Ramenskoye",
           note="the railway station damage is the same place, top-level category and claimant: one claim"),
         C("civilian", "ramenskoye", n, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "with casualties in Vidnoye, Domodedovo and Ramenskoye"),
         C("civilian", "domodedovo", n, "strike.drone", "drones", "UKR", None, "observation",
           "a security guard was killed in a car park in the Domodedovo district",
           note="Baza (a media channel): claimant null; a second claimant on the same place gives its own claim")])

    # --- Slovyansk, railway power, Sumy hospitals, 19 March
    p = "2025-03-19T13:00+02:00"
    n = night("2025-03-19", KOFF, K)
    add("enw-b2-04", p, src(AP, "independent_media", None,
                            "https://www.the-independent.com/news/world/europe/ukraine-russia-war-map-live-trump-putin-call-ceasefire-b2717652.html"),
        "multi",
        "KYIV, Ukraine - Russian drones and missiles struck Ukraine's energy grid overnight into Wednesday, hours after "
        "President Vladimir Putin told U.S. President Donald Trump he would pause such attacks. Military officials told "
        "the Kyiv Post that strikes on power infrastructure left the whole eastern city of Slovyansk, home to some "
        "100,000 people, without electricity. Ukraine's railway said a Russian attack on its power supply in the "
        "Dnipropetrovsk region caused a fire and outages, though trains kept running. Drones also hit two hospitals in "
        "the Sumy region, forcing patients and staff to evacuate.",
        [C("energy", "sloviansk", n, "strike", None, "RUS", "UKR", "accusation",
           "strikes on power infrastructure left the whole eastern city of Slovyansk",
           note="the lead ('struck Ukraine's energy grid') gives no claim of its own"),
         C("energy.electricity.traction", "ua-dnipro", n, "strike", None, "RUS", "UKR", "accusation",
           "a Russian attack on its power supply in the Dnipropetrovsk region"),
         C("civilian.medical", "ua-sumy", n, "strike.drone", "drones", "RUS", None, "observation",
           "Drones also hit two hospitals in the Sumy region", note="no one quoted for this sentence: claimant null")])

    # --- Krasnopillia, Pavlohrad, 19 March
    p = "2025-03-19T14:30+02:00"
    n = night("2025-03-19", KOFF, K)
    add("enw-b2-05", p, src("Anadolu-style wire", "independent_media", None,
                            "https://www.anews.com.tr/europe/2025/03/19/russia-ukraine-trade-accusations-over-infrastructure-attacks"),
        "multi",
        "Moscow and Kyiv traded accusations on Wednesday over overnight attacks on infrastructure. Ukraine's air force "
        "said it downed 72 of the 145 drones Russia launched. In the Sumy region a drone struck the roof of the hospital "
        "in Krasnopillia, the regional administration said, while Dnipropetrovsk governor Serhiy Lysak said an "
        "infrastructure facility was damaged in the Pavlohrad district. Russia's Defence Ministry said its air defences "
        "destroyed 57 Ukrainian drones over the Kursk, Oryol, Tula and Bryansk regions and the Sea of Azov.",
        [C("civilian.medical", "krasnopillia", n, "strike.drone", "drone", "RUS", "UKR", "accusation",
           "a drone struck the roof of the hospital in Krasnopillia", note="actor inferred (Ukrainian official)"),
         C("unknown", "pavlohrad-d", n, "strike", None, "RUS", "UKR", "accusation",
           "an infrastructure facility was damaged in the Pavlohrad district",
           note="facility of unsaid kind: unknown; the two tallies give no claim")])

    # --- Zelensky in Helsinki, 19 March (negative)
    p = "2025-03-19T15:00+02:00"
    add("enw-b2-06", p, src(KI, "independent_media", None,
                            "https://kyivindependent.com/ukraine-to-create-list-of-energy-infrastructure-civilian-sites-russia-must-cease-attacking-zelensky-says/"),
        "diplomatic",
        "Ukraine will draw up a list of energy, infrastructure and civilian sites that Russia must stop attacking and "
        "pass it to its partners, President Volodymyr Zelensky said on March 19 at a news conference with Finnish "
        "President Alexander Stubb in Helsinki. Kyiv would refrain from hitting Russian facilities as long as Moscow "
        "spared Ukrainian ones, he said, adding that he expected Washington to lead the monitoring of any deal.",
        [])

    # --- launches + Krasnodar accusation, 19 March
    p = "2025-03-19T17:00+02:00"
    add("enw-b2-07", p, src(KI, "independent_media", None,
                            "https://kyivindependent.com/ukraine-to-create-list-of-energy-infrastructure-civilian-sites-russia-must-cease-attacking-zelensky-says/"),
        "multi",
        "Zelensky said Russia had launched 145 attack drones, four S-300 missiles and two Iskander ballistic missiles at "
        "Ukraine after Putin said he had ordered a halt to strikes on energy and civilian infrastructure. Russia's "
        "Defence Ministry in turn accused Kyiv of attacking an energy site in the Krasnodar region with three drones on "
        "March 19, causing a fire.",
        [C("energy", "ru-krasnodar", day("2025-03-19", MSK, M), "strike.drone", "3 drones", "UKR", "RUS", "accusation",
           "accused Kyiv of attacking an energy site in the Krasnodar region with three drones on March 19",
           note="site not named: krai centroid. The count of missiles and drones launched at Ukraine names no target "
                "or place: no claim (as batch 1's enw-13)")])

    # --- Zaporizhzhia, 22 March
    p = "2025-03-22T12:00+02:00"
    add("enw-b2-08", p, src(AFP, "independent_media", None, "https://news.online.ua/en/russian-occupiers-killed-a-family-in-zaporizhia-891880/"),
        "accusation",
        "ZAPORIZHZHIA, Ukraine - A Russian attack on the southern Ukrainian city of Zaporizhzhia on Friday evening "
        "killed three members of one family, a father and daughter at the scene and the mother later in hospital, "
        "regional governor Ivan Fedorov said on Saturday. Russian forces struck the city 10 times, setting homes, cars "
        "and social facilities on fire, he said. Five people remain in hospital, among them a baby with concussion.",
        [C("civilian", "zaporizhzhia", evening("2025-03-21", KOFF, K), "strike", None, "RUS", "UKR", "accusation",
           "A Russian attack on the southern Ukrainian city of Zaporizhzhia on Friday evening killed three members of one family")])

    # --- 5 April: MoD 14 attacks, Kyiv 'fake', Mordovia
    p = "2025-04-05T17:00+03:00"
    b = before(p, MSK, M, 24, "day")
    d5 = day("2025-04-05", MSK, M, p)
    add("enw-b2-09", p, src(RT, "independent_media", None, "https://en.irna.ir/news/85794919/Russia-Ukraine-increases-energy-attacks-despite-U-S-brokered"),
        "multi",
        "Russia's Defence Ministry said on Saturday that Ukraine had hit Russian energy infrastructure 14 times in the "
        "past 24 hours despite the U.S.-brokered moratorium. Ukraine's military called the reports fake and said its "
        "forces were striking only military targets. Separately, Ukrainian drones struck an industrial facility in "
        "Russia's Mordovia region on Saturday, the regional governor said; media reports said it was an optical fibre "
        "factory in the regional capital, Saransk.",
        [C("energy", "RUS", b, "strike", None, "UKR", "RUS", "accusation",
           "Ukraine had hit Russian energy infrastructure 14 times in the past 24 hours",
           note="no region named in this text: country-level"),
         C("energy", "RUS", b, "strike", None, "UKR", "UKR", "denial", "Ukraine's military called the reports fake",
           note="denial of the reports just quoted: same place and time"),
         C("civilian.industry", "ru-mordovia", d5, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Ukrainian drones struck an industrial facility in Russia's Mordovia region on Saturday"),
         C("civilian.industry", "saransk", d5, "strike.drone", "drones", "UKR", None, "observation",
           "it was an optical fibre factory in the regional capital, Saransk", name="optical fibre factory",
           note="'media reports said': claimant null")])

    # --- Lavrov, 27 April
    p = "2025-04-27T12:00+03:00"
    mor = T(MORATORIUM, MORATORIUM_END, "month", M)
    add("enw-b2-10", p, src("TASS (English)", "party_aligned_media", "RUS", "https://tass.com/politics/1950111"),
        "multi",
        "MOSCOW, April 27 - Foreign Minister Sergei Lavrov said he had sent U.S. Secretary of State Marco Rubio and the "
        "United Nations a list of Ukrainian violations of the moratorium on strikes against energy facilities, telling "
        "CBS that Kyiv had broken it several hundred times. Russia, he said, never violated the commitment made by "
        "President Putin. Between March 18 and April 16 Ukraine attacked energy sites in 15 Russian regions with drones "
        "and artillery, including HIMARS, according to TASS.",
        [C("energy", "RUS", mor, "strike", "drones, artillery, HIMARS", "UKR", "RUS", "accusation",
           "Kyiv had broken it several hundred times",
           note="'it' = the moratorium; TASS's 15 regions: same place, category and claimant, merged"),
         C("energy", "UKR", mor, "strike", None, "RUS", "RUS", "denial",
           "Russia, he said, never violated the commitment made by President Putin")])

    # --- Air Force tally, 29 April (negative)
    p = "2025-04-29T09:30+03:00"
    add("enw-b2-11", p, src(KI, "independent_media", None,
                            "https://kyivindependent.com/ukrainian-drones-reportedly-target-ryazan-nizhny-novgorod-oblasts-in-russia/"),
        "air_defence_tally",
        "Ukrainian air defences shot down 37 of the 100 attack and decoy drones Russia launched overnight on April 29, "
        "the Air Force said. Another 47 decoys disappeared from radar without causing damage.",
        [])

    # --- Shuya, 17 April
    p = "2025-04-17T13:00+03:00"
    add("enw-b2-12", p, src(RT, "independent_media", None,
                            "https://www.devdiscourse.com/article/law-order/3349228-russian-air-defense-thwarts-massive-ukrainian-drone-offensive"),
        "multi",
        "Russia's Defence Ministry said air defences destroyed 71 Ukrainian drones over six regions overnight, 49 of "
        "them over the Kursk region. Authorities in the Ivanovo region east of Moscow said Ukrainian drones targeted the "
        "town of Shuya but caused no casualties or damage. Shuya, some 1,150 km from the Ukrainian border, hosts a "
        "Russian missile brigade that has been linked to the deadly strike on Sumy. Russian Telegram channels circulated "
        "videos said to show the missile base being hit, one of them showing a fire; Reuters could not verify the footage.",
        [C("unknown", "shuya", night("2025-04-17", MSK, M), "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Ukrainian drones targeted the town of Shuya", note="attempt on a town: unknown"),
         C("military.unit", "shuya", night("2025-04-17", MSK, M), "strike.drone", "drones", "UKR", None,
           "observation", "videos said to show the missile base being hit",
           note="Telegram channels: claimant null; a missile brigade's base -> military.unit"),
         C("unknown", "sumy", before(p, MSK, M, A7, "week"), "strike", None, "RUS", None, "observation",
           "a Russian missile brigade that has been linked to the deadly strike on Sumy",
           note="a reference to a known strike inside the item: labelled; no date in the text: 7-day window")])

    # --- Dzerzhinsk, Ryazan, 29 April
    p = "2025-04-29T10:30+03:00"
    add("enw-b2-13", p, src(KI, "independent_media", None,
                            "https://kyivindependent.com/ukrainian-drones-reportedly-target-ryazan-nizhny-novgorod-oblasts-in-russia/"),
        "multi",
        "Ukrainian drones attacked the city of Dzerzhinsk in Russia's Nizhny Novgorod Oblast overnight on April 29, "
        "Governor Gleb Nikitin said, adding that the attack was repelled over two districts with no consequences. The "
        "Shot Telegram channel, reportedly close to Russian security forces, reported explosions in Ryazan and said "
        "drones may have targeted an oil refinery there. Russia's Defense Ministry said 91 drones were shot down, "
        "including eight over Nizhny Novgorod Oblast and 11 over Ryazan Oblast. Kyiv has not commented, and the claims "
        "could not be verified.",
        [C("unknown", "dzerzhinsk", night("2025-04-29", MSK, M), "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Ukrainian drones attacked the city of Dzerzhinsk"),
         C("energy.oil.refinery", "ryazan-ref", night("2025-04-29", MSK, M), "strike.drone", "drones", "UKR", None,
           "observation", "drones may have targeted an oil refinery there", name="Ryazan refinery", confidence=0.5,
           note="hedged ('may have'): kept as an observation with confidence 0.5; Shot: claimant null")])

    # --- Kharkiv + Sumy, 18 April
    p = "2025-04-18T13:00+03:00"
    add("enw-b2-14", p, src(RT, "independent_media", None,
                            "https://www.brecorder.com/news/40358342/russian-missile-attack-kills-one-wounds-112-in-ukraines-kharkiv-officials-say"),
        "multi",
        "KHARKIV, Ukraine - A Russian missile attack on Kharkiv on Friday killed a man in his home and wounded at least "
        "112 people, nine of them children, officials said. Mayor Ihor Terekhov said 21 apartment buildings, two "
        "schools, two kindergartens, a children's arts centre and a factory, where a fire broke out, were damaged. "
        "Foreign Minister Andrii Sybiha said Russia fired four missiles at the city, three of them ballistic missiles "
        "with cluster warheads. In Sumy, an overnight strike killed one person and injured another at a confectionery "
        "factory, officials said.",
        [C("civilian", "kharkiv", day("2025-04-18", KSUM, K, p), "strike.missile", "4 missiles", "RUS", "UKR",
           "accusation", "A Russian missile attack on Kharkiv on Friday killed a man in his home",
           note="houses + schools + a factory: civilian; Sybiha's sentence is the same claim"),
         C("civilian.industry", "sumy", night("2025-04-18", KSUM, K), "strike", None, "RUS", "UKR", "accusation",
           "an overnight strike killed one person and injured another at a confectionery factory",
           note="actor inferred from the framing; 'officials said': UKR")])

    # --- Easter truce, 20 April
    p = "2025-04-20T15:00+03:00"
    tr = T(TRUCE, p, "day", M)
    q = "more than 900 drone attacks, including on border districts of the Bryansk, Kursk and Belgorod regions"
    add("enw-b2-15", p, src(RT, "independent_media", None,
                            "https://www.devdiscourse.com/article/law-order/3352274-ukraine-breaks-easter-truce-over-1000-violations-accused-by-russia"),
        "multi",
        "Russia's Defence Ministry accused Ukraine on Sunday of breaking the Easter truce more than 1,000 times, saying "
        "Ukrainian forces shelled Russian positions 444 times and carried out more than 900 drone attacks, including on "
        "border districts of the Bryansk, Kursk and Belgorod regions, causing civilian casualties and damage to "
        "infrastructure. Belgorod governor Vyacheslav Gladkov said a woman and two children were wounded in a drone "
        "attack, and Ivan Prikhodko, the Russian-installed mayor of Horlivka in Ukraine's Donetsk region, said two "
        "civilians were wounded. Ukrainian President Volodymyr Zelensky said Russian forces were keeping up shelling and "
        "assaults along the front.",
        [C("civilian", "ru-bryansk", tr, "strike.drone", "drones", "UKR", "RUS", "accusation", q,
           note="the truce named as a time; the shelling of positions is front-line, no claim"),
         C("civilian", "ru-kursk", tr, "strike.drone", "drones", "UKR", "RUS", "accusation", q),
         C("civilian", "ru-belgorod", tr, "strike.drone", "drones", "UKR", "RUS", "accusation", q,
           note="Gladkov's incident is the same place, category and claimant: merged"),
         C("civilian", "horlivka", before(p, MSK, M, A7, "week"), "strike", None, "UKR", "RUS", "accusation",
           "said two civilians were wounded",
           note="actor not named in the sentence, from the framing; no time: 7-day window; occupied: UKR")])

    # --- Easter truce over, 21 April (negative)
    p = "2025-04-21T09:00+03:00"
    add("enw-b2-16", p, src(AP, "independent_media", None, "https://daily-glance.com/?p=14534"),
        "front_line_summary",
        "Russia and Ukraine traded accusations on Monday after the 30-hour Easter truce declared by Vladimir Putin "
        "ended. Zelensky said Russia had broken the ceasefire nearly 3,000 times and that Ukraine's response would "
        "mirror Russia's actions, repeating his offer to extend the truce by 30 days or at least halt long-range drone "
        "and missile strikes on civilian infrastructure. Moscow said its troops had strictly observed the truce while "
        "Ukraine breached it more than 1,000 times.",
        [])

    # --- ISW-style, 26 March
    p = "2025-03-26T21:00+02:00"
    add("enw-b2-17", p, src("ISW-style assessment", "independent_media", None, "https://apn.ru/index.php?newsid=47468"),
        "multi",
        "The Russian Ministry of Defense (MoD) claimed on March 26 that a Ukrainian drone strike on a Bryanskenergo "
        "facility at about 0445 Moscow time shut down a 10 kV power line and cut electricity to consumers in "
        "Komarichsky Raion, Bryansk Oblast. The MoD also claimed that a Ukrainian drone strike on a Kurskenergo facility "
        "during the day on March 25 caused a cascading shutdown of several substations in Khomutovsky Raion, Kursk "
        "Oblast, leaving over 4,000 consumers without power. ISW cannot independently verify these claims. Kremlin "
        "Spokesperson Dmitry Peskov called the moratorium good progress on March 26.",
        [C("energy.electricity", "komarichi", around("2025-03-26T04:45+03:00", M), "strike.drone", "drone", "UKR",
           "RUS", "accusation", "a Ukrainian drone strike on a Bryanskenergo facility at about 0445 Moscow time shut down a 10 kV power line",
           note="as ru-b2-07: facility not named, only the line that went off"),
         C("energy.electricity.substation", "khomutovka", daytime("2025-03-25", MSK, M), "strike.drone", "drone", "UKR",
           "RUS", "accusation",
           "a Ukrainian drone strike on a Kurskenergo facility during the day on March 25 caused a cascading shutdown of several substations",
           note="the MoD is the claimant; ISW only relays")])

    # --- four attacks, 3 April
    p = "2025-04-03T15:00+03:00"
    b = before(p, MSK, M, 24, "day")
    add("enw-b2-18", p, src(MT, "independent_media", None, "https://newskiev.ru/society/2025/04/03/656213.html"),
        "multi",
        "Russia's Defense Ministry accused Ukraine on Thursday of four new attacks on energy infrastructure over the past "
        "day: a drone strike on a gas distribution station in Luhansk, a drone hitting a Kurskenergo facility in the "
        "Kursk region, artillery fire on the Maksimovka substation in the Belgorod region and a drone sent against the "
        "Vasilyevka substation in the Russian-occupied part of Ukraine's Zaporizhzhia region. Foreign Ministry "
        "spokeswoman Maria Zakharova accused Kyiv of trying to derail Russian-U.S. talks with terrorist methods.",
        [C("energy.gas.distribution_station", "luhansk", b, "strike.drone", "drone", "UKR", "RUS", "accusation",
           "a drone strike on a gas distribution station in Luhansk"),
         C("energy.electricity", "ru-kursk", b, "strike.drone", "drone", "UKR", "RUS", "accusation",
           "a drone hitting a Kurskenergo facility in the Kursk region", note="as ru-b2-10"),
         C("energy.electricity.substation", "ru-belgorod", b, "strike.artillery", "artillery", "UKR", "RUS",
           "accusation", "artillery fire on the Maksimovka substation in the Belgorod region",
           name="Maksimovka substation"),
         C("energy.electricity.substation", "vasylivka", b, "strike.drone", "drone", "UKR", "RUS", "accusation",
           "a drone sent against the Vasilyevka substation", name="Vasilyevka substation", note="attempt")])

    # --- Bryansk oil depot fire, 25 April (negative)
    p = "2025-04-25T10:00+03:00"
    add("enw-b2-19", p, src(RT, "independent_media", None,
                            "https://hromadske.ua/posts/pozhezha-na-naftobazi-u-bryansku-ta-pidgotovka-nastupu-na-krivij-rig-golovne-za-nich-25-kvitnya"),
        "accident",
        "A fire broke out overnight at an oil depot in the Russian city of Bryansk, with storage tanks ablaze and flames "
        "visible from different parts of the city, according to local reports. Firefighters were alerted at about 2 "
        "a.m. local time and the blaze was given a raised alarm rank. Witnesses said they had heard explosions before "
        "the fire started. The cause was not immediately clear.",
        [])

    # --- Putin-Trump call, 18 March (negative)
    p = "2025-03-18T21:00+03:00"
    add("enw-b2-20", p, src(RT, "independent_media", None,
                            "https://www.the-independent.com/news/world/europe/ukraine-russia-war-map-live-trump-putin-call-ceasefire-b2717652.html"),
        "diplomatic",
        "Vladimir Putin told Donald Trump in a phone call on Tuesday that he would temporarily stop attacks on Ukrainian "
        "energy facilities and had given orders to that effect, but he declined to back the full 30-day ceasefire "
        "Washington had proposed, the Kremlin said. U.S. envoy Steve Witkoff said a new round of talks would take place "
        "in Jeddah, Saudi Arabia, on Sunday.",
        [])

    # --- Peskov, 18 April (negative)
    p = "2025-04-18T14:00+03:00"
    add("enw-b2-21", p, src("TASS (English)", "party_aligned_media", "RUS", "https://tass.com/politics/1945993"),
        "diplomatic",
        "Kremlin spokesman Dmitry Peskov said on Friday that the 30-day moratorium on strikes on energy facilities had "
        "expired and that President Vladimir Putin had not issued any new instructions.",
        [])

    # --- Russia resumes operations, 21 April (negative)
    p = "2025-04-21T11:00+03:00"
    add("enw-b2-22", p, src("Ukrainska Pravda (English)", "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/04/21/7508472/"),
        "front_line_summary",
        "Russia's Defence Ministry said on Monday that its forces had resumed what Moscow calls the special military "
        "operation after the Easter truce ended. It claimed Russian troops had strictly kept to the ceasefire and stayed "
        "on their previous lines, while Ukrainian forces shelled them and launched drones.",
        [])

    # --- Kremlin list, start date, 25 March (negative)
    p = "2025-03-25T22:00+02:00"
    add("enw-b2-23", p, src(KI, "independent_media", None,
                            "https://www.ostro.org/news/rosiya-ogolosyla-moratorij-na-udary-po-energetytsi-zadnim-chyslom-zelenskyj-zayavlyaye-pro-i515614"),
        "diplomatic",
        "The Kremlin on Tuesday published the list of energy facilities covered by the 30-day moratorium, including oil "
        "refineries, oil and gas pipelines and storage, power grid infrastructure, nuclear power plants and hydroelectric "
        "dams, and said the pause had run since March 18. In his evening address, Zelensky accused Moscow of "
        "manipulating the deal and said the Kremlin was lying about that start date.",
        [])

    # --- DTEK, Kryvyi Rih, Bohodukhiv, 15 March
    p = "2025-03-15T13:00+02:00"
    add("enw-b2-24", p, src(RT, "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/03/15/7503025/"),
        "multi",
        "DTEK, Ukraine's largest private energy company, said on Saturday that a large-scale Russian attack had caused "
        "significant damage to its facilities in the Odesa and Dnipropetrovsk regions, leaving some residents without "
        "power. On Friday evening a Russian missile hit the centre of a residential district in Kryvyi Rih, injuring 14 "
        "people, and overnight a drone set fire to the roof of a lyceum in Bohodukhiv in the Kharkiv region, with two "
        "more strikes while firefighters worked, Ukrainian officials said.",
        [C("energy", "ua-odesa", before(p, KOFF, K, A7, "week"), "strike", None, "RUS", "UKR", "accusation",
           "a large-scale Russian attack had caused significant damage to its facilities in the Odesa and Dnipropetrovsk regions",
           note="'said on Saturday' dates the statement, not the attack: 7-day window"),
         C("energy", "ua-dnipro", before(p, KOFF, K, A7, "week"), "strike", None, "RUS", "UKR", "accusation",
           "a large-scale Russian attack had caused significant damage to its facilities in the Odesa and Dnipropetrovsk regions"),
         C("civilian.residential", "kryvyi-rih", evening("2025-03-14", KOFF, K), "strike.missile", "missile", "RUS",
           "UKR", "accusation", "a Russian missile hit the centre of a residential district in Kryvyi Rih"),
         C("civilian.education", "bohodukhiv", night("2025-03-15", KOFF, K), "strike.drone", "drone", "RUS", "UKR",
           "accusation", "a drone set fire to the roof of a lyceum in Bohodukhiv",
           note="actor inferred; 'Ukrainian officials said' covers the sentence")])

    # --- Kharkiv, 14 April (+ 8 April)
    p = "2025-04-14T15:00+03:00"
    add("enw-b2-25", p, src(KI, "independent_media", None,
                            "https://www.uawire.org:443/devastating-russian-missile-strikes-leave-kharkiv-in-ruins-claiming-lives-and-injuring-dozens"),
        "multi",
        "Russian drones struck a civilian facility in Kharkiv's Saltivskyi district on Monday, setting a food warehouse "
        "on fire over 1,600 square metres, local officials said. On April 8, Shahed drones caused more than 20 "
        "explosions across the city, 17 of them in the Osnovianskyi district.",
        [C("civilian", "kharkiv", day("2025-04-14", KSUM, K, p), "strike.drone", "drones", "RUS", "UKR", "accusation",
           "Russian drones struck a civilian facility in Kharkiv's Saltivskyi district on Monday"),
         C("unknown", "kharkiv", day("2025-04-08", KSUM, K), "strike.drone", "Shahed", "RUS", None, "observation",
           "On April 8, Shahed drones caused more than 20 explosions across the city",
           note="a city, no object: unknown; no one quoted for this sentence: claimant null; perpetrator from the lead")])

    # --- Horlivka bus, 1 April
    p = "2025-04-01T13:00+03:00"
    add("enw-b2-26", p, src(MT, "independent_media", None, "https://smotrim.ru./article/4433215"),
        "multi",
        "A Ukrainian drone hit a city bus carrying people to work in central Horlivka, a Russian-occupied city in "
        "Ukraine's Donetsk region, on Tuesday morning, wounding 12 passengers, Moscow-installed official Denis Pushilin "
        "said. He said Ukrainian shelling had also cut power to the village of Nizhny Khutor and a coal mine.",
        [C("civilian.transport", "horlivka", T("2025-04-01T05:00+03:00", "2025-04-01T12:00+03:00", "hour", M),
           "strike.drone", "drone", "UKR", "RUS", "accusation", "A Ukrainian drone hit a city bus carrying people to work in central Horlivka"),
         C("energy.electricity", "horlivka", before(p, MSK, M, A7, "week"), "strike.artillery", "shelling", "UKR", "RUS",
           "accusation", "Ukrainian shelling had also cut power to the village of Nizhny Khutor and a coal mine",
           note="power cut, no object; no time in this sentence: 7-day window")])

    # --- Rylsk, 29 April
    p = "2025-04-29T14:00+03:00"
    add("enw-b2-27", p, src(MT, "independent_media", None, "https://dddkursk.ru/number/1593/new/020149"),
        "accusation",
        "Ukrainian drones carried out a massive attack on the Kursk region border town of Rylsk on Tuesday, damaging "
        "three two-storey apartment buildings, a private house and a kindergarten and wounding three civilians, acting "
        "governor Alexander Khinshtein said.",
        [C("civilian", "rylsk", day("2025-04-29", MSK, M, p), "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Ukrainian drones carried out a massive attack on the Kursk region border town of Rylsk on Tuesday")])

    # --- Zakharova, 22 March
    p = "2025-03-22T14:00+03:00"
    add("enw-b2-28", p, src(RT, "independent_media", None, "https://s1-new.112.ua/rosia-prigrozila-novimi-udarami-po-energetici-ukraini-58015"),
        "aggregate",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow reserved the right to a symmetrical response "
        "to Ukrainian attacks on Russian energy facilities, accusing Kyiv of not wanting peace. Ukraine's Centre for "
        "Countering Disinformation said it was Russia that had broken its promise to Trump from the first minute.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "Ukrainian attacks on Russian energy facilities",
           note="the threat is conditional; the attacks it answers are asserted, from 18 March. The Ukrainian reply "
                "names no strike, target or place: no claim")])
    return R
