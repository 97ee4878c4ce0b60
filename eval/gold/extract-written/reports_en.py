"""English reports (enw-NN): wire/news style, written here in our own words, stating facts the page in source.url
reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other sources' styles'."""

from build_gold import A7, K, M, C, T, around, before, day, night, since, src

MSK = "+03:00"
MORATORIUM = "2025-03-18T00:00+03:00"


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    AP, RT, KI = "AP-style wire", "Reuters-style wire", "Kyiv Independent-style"

    # --- Tuapse, 14 March
    p = "2025-03-14T10:00+03:00"
    add("enw-01", p, src("TV Krasnodar (wire rewrite)", "party_aligned_media", "RUS", "https://tvkrasnodar.ru/proisshestviya/2025/03/14/ot-ataki-bpla-na-bolee-tysyachi-kvadratakh-zagorelsya-neftekompleks-v-tuapse/"),
        "accusation",
        "A fire broke out at the Tuapse oil refinery on Russia's Black Sea coast early on Friday after a drone attack, "
        "local officials said. Debris from a downed drone fell on the site and a gasoline tank caught fire at 3:07 a.m. "
        "Moscow time, the head of the Tuapse district said, adding that no one was hurt. More than 120 firefighters "
        "battled the blaze.",
        [C("energy.oil.refinery", "tuapse", around("2025-03-14T03:07+03:00", M), "strike.drone", "drone", "UKR", "RUS",
           "accusation", "A fire broke out at the Tuapse oil refinery on Russia's Black Sea coast early on Friday after a drone attack",
           name="Tuapse refinery", note="no actor named; inferred from the framing (Russian officials)")])

    # --- Kavkazskaya, 19 March + MoD tally
    p = "2025-03-19T13:00+03:00"
    add("enw-02", p, src(RT, "independent_media", None, "https://29ru.net/krasnodar/399814788"),
        "accusation",
        "An oil depot near the village of Kavkazskaya in Russia's Krasnodar region caught fire overnight after debris from "
        "a Ukrainian drone fell on it, the regional emergency headquarters said on Wednesday. A pipeline between storage "
        "tanks was damaged and operations were halted. The Defence Ministry, which did not comment on the attack, said "
        "57 Ukrainian drones had been shot down over Russia during the night.",
        [C("energy.oil.storage", "kavkazskaya", night("2025-03-19", MSK, M), "strike.drone", "drone", "UKR", "RUS",
           "accusation", "An oil depot near the village of Kavkazskaya in Russia's Krasnodar region caught fire overnight after debris from a Ukrainian drone fell on it",
           name="oil depot near Kavkazskaya")])

    # --- Engels, 20 March
    p = "2025-03-20T14:00+02:00"
    add("enw-03", p, src(KI, "independent_media", None, "https://novosti.dn.ua/news/393630-ataka-droniv-na-vijskovyj-aerodrom-v-engelsi-urazhenyj-sklad-aviatsijnyh-boyeprypasiv-poraneni"),
        "admission",
        "Ukraine's General Staff confirmed on Thursday that its forces struck the Engels military airfield in Russia's "
        "Saratov region overnight. The Russian Telegram channel ASTRA, citing sources, reported that an aviation "
        "ammunition depot at the base was hit, setting off a fire and detonations hours later, and that three Russian "
        "servicemen were wounded.",
        [C("military.airbase", "engels-af", night("2025-03-20", "+02:00", K), "strike", None, "UKR", "UKR",
           "admission", "its forces struck the Engels military airfield in Russia's Saratov region overnight",
           name="Engels airfield"),
         C("military.depot", "engels-af", night("2025-03-20", "+02:00", K), "strike", None, "UKR", None,
           "observation", "an aviation ammunition depot at the base was hit",
           note="independent media, claimant null; perpetrator inferred")])

    # --- Glebovskoye / Valuyki, 24 March
    p = "2025-03-24T18:00+03:00"
    add("enw-04", p, src(RT, "independent_media", None, "https://regnum.news/news/3955376"),
        "multi",
        "Russia accused Ukraine on Monday of continuing to attack its gas infrastructure. The Defence Ministry said air "
        "defences repelled four Ukrainian drones aimed at the Glebovskoye gas condensate field on Cape Tarkhankut in "
        "Crimea between 9:00 and 9:50 p.m. on Sunday, and that two drone strikes on Saturday damaged equipment at the "
        "Valuyka gas distribution station in Shvedunovka, Belgorod region.",
        [C("energy.gas.production", "tarkhankut", T("2025-03-23T21:00+03:00", "2025-03-23T21:50+03:00", "hour", M),
           "strike.drone", "4 drones", "UKR", "RUS", "accusation",
           "repelled four Ukrainian drones aimed at the Glebovskoye gas condensate field on Cape Tarkhankut",
           name="Glebovskoye gas condensate field", note="lead sentence gives no claim of its own"),
         C("energy.gas.distribution_station", "shvedunovka", day("2025-03-22", MSK, M), "strike.drone", "drones",
           "UKR", "RUS", "accusation",
           "two drone strikes on Saturday damaged equipment at the Valuyka gas distribution station in Shvedunovka",
           name="Valuyka gas distribution station")])

    # --- Air Force tally, 25 March (negative)
    p = "2025-03-25T09:30+02:00"
    add("enw-05", p, src(KI, "independent_media", None, "https://uapost.news/articles/ataka-rosii-34-droni-zbito-postrazhdali-4-liudini"),
        "air_defence_tally",
        "Russia launched an Iskander-M ballistic missile and 139 attack drones against Ukraine overnight, the Ukrainian Air "
        "Force said on Tuesday. Seven oblasts came under attack, it said, and air defences shot down most of the drones.",
        [],)

    # --- General Staff denial + Moscow's claim, 26 March
    p = "2025-03-26T17:00+02:00"
    deny = T("2025-03-25T00:00+02:00", "2025-03-27T00:00+02:00", "day", K)
    add("enw-06", p, src("Online.ua (English)", "independent_media", None, "https://news.online.ua/en/the-general-staff-denied-russias-false-statements-about-the-afu-violation-of-the-energy-truce-891991/"),
        "denial",
        "Ukraine's General Staff on Wednesday rejected as false the Russian Defence Ministry's claims that Kyiv had broken "
        "the energy truce. Ukrainian forces carried out no drone strikes on energy facilities in Russia's Kursk and Bryansk "
        "regions or in occupied Crimea on March 25-26, it said. Moscow had said two Ukrainian drones targeting ground "
        "equipment of the Glebovka gas storage facility were shot down off Crimea overnight.",
        [C("energy", "ru-kursk", deny, "strike.drone", "drones", "UKR", "UKR", "denial",
           "Ukrainian forces carried out no drone strikes on energy facilities in Russia's Kursk and Bryansk regions"),
         C("energy", "ru-bryansk", deny, "strike.drone", "drones", "UKR", "UKR", "denial",
           "Ukrainian forces carried out no drone strikes on energy facilities in Russia's Kursk and Bryansk regions"),
         C("energy", "ua-crimea", deny, "strike.drone", "drones", "UKR", "UKR", "denial", "or in occupied Crimea on March 25-26"),
         C("energy.gas.storage", "tarkhankut", night("2025-03-26", MSK, M), "strike.drone", "2 drones", "UKR", "RUS",
           "accusation", "two Ukrainian drones targeting ground equipment of the Glebovka gas storage facility were shot down off Crimea overnight",
           name="Glebovka gas storage")])

    # --- Agreement (negative), 26 March
    p = "2025-03-26T19:00+02:00"
    add("enw-07", p, src("Ukrainska Pravda (English)", "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/03/26/7504646/"),
        "diplomatic",
        "After talks in Saudi Arabia on March 23-25, the U.S., Ukrainian and Russian delegations agreed to work on a "
        "Black Sea ceasefire and a ban on strikes against energy infrastructure. Ukraine's Energy Ministry said Kyiv had "
        "agreed with Washington a list of energy facilities covered by the partial ceasefire, which differs from the list "
        "Moscow insists on.",
        [])

    # --- General Staff denial, 27 March
    p = "2025-03-27T17:00+02:00"
    deny2 = T("2025-03-25T00:00+02:00", p, "day", K)
    add("enw-08", p, src("Ukrainska Pravda (English)", "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/03/27/7504844/"),
        "denial",
        "Ukraine's General Staff said on Thursday that another Russian Defence Ministry statement accusing Kyiv of breaking "
        "the energy ceasefire was false. Between March 25 and 27, Ukraine's defence forces did not launch drone strikes on "
        "energy infrastructure in Russia's Kursk and Bryansk regions or on energy facilities in Russian-occupied Crimea, "
        "the General Staff said.",
        [C("energy", "ru-kursk", deny2, "strike.drone", "drones", "UKR", "UKR", "denial",
           "did not launch drone strikes on energy infrastructure in Russia's Kursk and Bryansk regions"),
         C("energy", "ru-bryansk", deny2, "strike.drone", "drones", "UKR", "UKR", "denial",
           "did not launch drone strikes on energy infrastructure in Russia's Kursk and Bryansk regions"),
         C("energy", "ua-crimea", deny2, "strike.drone", "drones", "UKR", "UKR", "denial",
           "on energy facilities in Russian-occupied Crimea")])

    # --- Kremlin, 28 March (negative)
    p = "2025-03-28T14:00+03:00"
    add("enw-09", p, src(RT, "independent_media", None, "https://dsnews.ua/ukr/world/rosiya-zalishaye-za-soboyu-pravo-porushiti-energetichne-peremir-ya-pyeskov-28032025-519288/amp"),
        "diplomatic",
        "Kremlin spokesman Dmitry Peskov said on Friday that Russia reserved the right to stop observing the energy "
        "moratorium if Kyiv did not comply with it, adding that it would make no sense for only one side to keep it.",
        [])

    # --- Bryansk, 31 March
    p = "2025-03-31T13:00+03:00"
    add("enw-10", p, src(RT, "independent_media", None, "https://profile.ru/news/accidents/vsu-atakovali-energoobekty-v-dvuh-rajonah-bryanskoj-oblasti-1682510"),
        "multi",
        "Russia's Defence Ministry said on Monday that Ukrainian forces hit two energy facilities in the Bryansk region on "
        "Sunday evening. Artillery fire at 7:37 p.m. broke a wire and shut down a high-voltage line, cutting power to the "
        "Suzemka district, and at about 8 p.m. a Ukrainian drone struck a transformer substation, knocking out a 10 kV line "
        "and leaving homes in the Sevsk district without electricity. Power has since been restored, regional governor "
        "Alexander Bogomaz said.",
        [C("energy.electricity.line", "suzemka", around("2025-03-30T19:37+03:00", M), "strike.artillery", "artillery",
           "UKR", "RUS", "accusation", "Artillery fire at 7:37 p.m. broke a wire and shut down a high-voltage line",
           note="'Ukrainian forces hit two energy facilities' is the lead; the two items are the claims"),
         C("energy.electricity.substation", "sevsk", around("2025-03-30T20:00+03:00", M), "strike.drone", "drone",
           "UKR", "RUS", "accusation", "at about 8 p.m. a Ukrainian drone struck a transformer substation")])

    # --- Reuters-style multi, 2 April
    p = "2025-04-02T18:00+03:00"
    add("enw-11", p, src(RT, "independent_media", None, "https://japantoday.com/category/world/russia-and-ukraine-trade-new-accusations-on-breaches-of-energy-truce1"),
        "multi",
        "Russia and Ukraine on Wednesday again accused each other of attacking energy facilities in breach of the "
        "U.S.-brokered moratorium. Russia's Defence Ministry said Ukrainian drone and artillery attacks in the Kursk region "
        "had cut power to more than 1,500 households, while the state gas company in the Russian-held part of Ukraine's "
        "Luhansk region said a Ukrainian drone hit a gas distribution station, leaving over 11,000 customers around "
        "Svatove with limited gas. Ukrainian President Volodymyr Zelenskiy said a Russian drone struck an electricity "
        "substation in the Sumy region and artillery fire damaged a power line in the Dnipropetrovsk region, cutting power "
        "to almost 4,000 consumers. Kremlin spokesman Dmitry Peskov said Moscow would keep working with Washington despite "
        "what he called daily Ukrainian strikes on Russian energy infrastructure.",
        [C("energy", "ru-kursk", before(p, MSK, M, A7, "week"), "strike", "drones, artillery", "UKR", "RUS",
           "accusation", "Ukrainian drone and artillery attacks in the Kursk region had cut power to more than 1,500 households",
           note="no time given"),
         C("energy.gas.distribution_station", "svatove", before(p, MSK, M, A7, "week"), "strike.drone", "drone", "UKR",
           "RUS", "accusation", "a Ukrainian drone hit a gas distribution station",
           note="Russian-installed gas company: claimant RUS; occupied territory: country UKR"),
         C("energy.electricity.substation", "ua-sumy", before(p, MSK, K, A7, "week"), "strike.drone", "drone", "RUS",
           "UKR", "accusation", "a Russian drone struck an electricity substation in the Sumy region"),
         C("energy.electricity.line", "ua-dnipro", before(p, MSK, K, A7, "week"), "strike.artillery", "artillery",
           "RUS", "UKR", "accusation", "artillery fire damaged a power line in the Dnipropetrovsk region"),
         C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "what he called daily Ukrainian strikes on Russian energy infrastructure")])

    # --- Kherson + Kryvyi Rih, 4 April
    p = "2025-04-04T22:30+03:00"
    add("enw-12", p, src(KI, "independent_media", None, "https://newspaperguru.com/war-in-ukraine/zelensky-calls-for-increased-pressure-on-russia-following-drone-attack-on-kherson-power-plant"),
        "multi",
        "President Volodymyr Zelensky condemned a Russian FPV drone strike on the Kherson thermal power plant on April 4, "
        "saying in his nightly address that such attacks could not be accidental. Earlier on Friday a Russian ballistic "
        "missile hit a residential area of Kryvyi Rih in Dnipropetrovsk Oblast, killing 16 people, six of them children, "
        "and injuring more than 50, according to Oleksandr Vilkul, head of the city's military administration.",
        [C("energy.electricity.generation.thermal", "kherson", day("2025-04-04", MSK, K, p), "strike.drone", "FPV drone",
           "RUS", "UKR", "accusation", "a Russian FPV drone strike on the Kherson thermal power plant on April 4",
           name="Kherson thermal power plant"),
         C("civilian.residential", "kryvyi-rih", day("2025-04-04", MSK, K, p), "strike.missile", "ballistic missile",
           "RUS", "UKR", "accusation", "a Russian ballistic missile hit a residential area of Kryvyi Rih")])

    # --- drones overnight, 4 April (negative: no target, no place)
    p = "2025-04-04T11:00+03:00"
    add("enw-13", p, src("UNITED24 Media", "party_aligned_media", "UKR", "https://united24media.com/latest-news/russia-violated-energy-ceasefire-agreement-again-zelenskyy-says-7361"),
        "strike_no_target",
        "Russia launched 78 strike drones at Ukraine overnight, 56 of them Shaheds, Zelensky said on Friday, urging "
        "partners to step up pressure on Moscow.",
        [])

    # --- MoD, 6 April: 7 attacks
    p = "2025-04-06T13:30+03:00"
    b = before(p, MSK, M, 24, "day")
    add("enw-14", p, src(RT, "independent_media", None, "https://postnews.ru/n/35564"),
        "multi",
        "Ukraine attacked Russian energy facilities seven times over the past day, Russia's Defence Ministry said on "
        "Sunday. Drones damaged high-voltage lines in Crimea and in the Rostov and Bryansk regions and a gas pipeline in the "
        "Voronezh region, leaving households without power, it said. The ministry said Ukraine had not stopped its attacks "
        "on Russian energy sites for a single day since the March 18 ceasefire.",
        [C("energy.electricity.line", "ua-crimea", b, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Drones damaged high-voltage lines in Crimea and in the Rostov and Bryansk regions"),
         C("energy.electricity.line", "ru-rostov", b, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Drones damaged high-voltage lines in Crimea and in the Rostov and Bryansk regions"),
         C("energy.electricity.line", "ru-bryansk", b, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "Drones damaged high-voltage lines in Crimea and in the Rostov and Bryansk regions"),
         C("energy.gas.pipeline", "ru-voronezh", b, "strike.drone", "drones", "UKR", "RUS", "accusation",
           "a gas pipeline in the Voronezh region"),
         C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "Ukraine had not stopped its attacks on Russian energy sites for a single day since the March 18 ceasefire",
           note="'seven times over the past day' is the lead of the four places named")])

    # --- Sumy, 13 April
    p = "2025-04-13T12:00+03:00"
    add("enw-15", p, src(AP, "independent_media", None, "https://www.newindianexpress.com/world/2025/Apr/13/more-than-20-people-killed-in-russian-missile-attack-on-ukrainian-city-of-sumy-2"),
        "accusation",
        "KYIV, Ukraine - More than 20 people were killed when two Russian ballistic missiles slammed into the centre of the "
        "northeastern city of Sumy at around 10:15 a.m. on Sunday, as residents gathered to mark Palm Sunday, the city's "
        "acting mayor and the Prosecutor General's Office said. At least 34 people were wounded, prosecutors said.",
        [C("civilian", "sumy", around("2025-04-13T10:15+03:00", K), "strike.missile", "2 ballistic missiles", "RUS",
           "UKR", "accusation", "two Russian ballistic missiles slammed into the centre of the northeastern city of Sumy")])

    # --- Peskov, 15 April (negative)
    p = "2025-04-15T14:00+03:00"
    add("enw-16", p, src(RT, "independent_media", None, "https://i7267o7275z.oszar.com/2025/04/15/peskov-poobeshchal-utochnit-vremia-okonchaniia-moratoriia-na-udary-po-energoobektam.html"),
        "diplomatic",
        "The Kremlin said on Tuesday it needed information from the Defence Ministry before it could say exactly when the "
        "30-day moratorium on strikes against energy facilities would expire. What happens next depends on orders from the "
        "commander-in-chief, spokesman Dmitry Peskov told reporters.",
        [])

    # --- Tykhyi, 16 April
    p = "2025-04-16T15:00+03:00"
    tru = T("2025-03-25T00:00+02:00", p, "month", K)
    q = "including facilities in the Kherson, Mykolaiv and Poltava regions"
    add("enw-17", p, src(RT, "independent_media", None, "https://www.devdiscourse.com/article/law-order/3348420-ukraine-accuses-russia-of-repeated-energy-strikes"),
        "aggregate",
        "Russia has attacked Ukraine's energy infrastructure more than 30 times since the limited ceasefire on such "
        "targets was agreed in March, Ukrainian foreign ministry spokesperson Heorhii Tykhyi said on Wednesday, "
        "including facilities in the Kherson, Mykolaiv and Poltava regions.",
        [C("energy", "ua-kherson", tru, "strike", None, "RUS", "UKR", "accusation", q),
         C("energy", "ua-mykolaiv", tru, "strike", None, "RUS", "UKR", "accusation", q),
         C("energy", "ua-poltava", tru, "strike", None, "RUS", "UKR", "accusation", q,
           note="'since ... agreed in March' read as from 25 March, Kyiv's start date")])

    # --- DTEK, 17 April
    p = "2025-04-17T14:00+03:00"
    add("enw-18", p, src(RT, "independent_media", None, "https://www.devdiscourse.com/article/headlines/3349497-drone-strikes-damage-ukraines-dtek-energy-infrastructure"),
        "accusation",
        "A Russian drone attack early on Thursday seriously damaged buildings and equipment at a production site of DTEK, "
        "Ukraine's largest private energy company, in the Dnipropetrovsk region, the company said. No employees were hurt.",
        [C("energy", "ua-dnipro", T("2025-04-17T00:00+03:00", "2025-04-17T09:00+03:00", "hour", K), "strike.drone",
           "drones", "RUS", "UKR", "accusation",
           "A Russian drone attack early on Thursday seriously damaged buildings and equipment at a production site of DTEK",
           note="a DTEK 'production site' -> energy")])

    # --- Lytvyn, 18 April (negative)
    p = "2025-04-18T16:00+03:00"
    add("enw-19", p, src("MENAFN", "independent_media", None, "https://menafn.com/1109448132/Ukraine-Says-Energy-Truce-Started-on-March-25"),
        "diplomatic",
        "Kyiv considers that the 30-day halt to strikes on energy infrastructure began on March 25, when the White House "
        "published its statements, presidential adviser Dmytro Lytvyn told journalists on Friday, dismissing the Kremlin's "
        "view that the moratorium had already run out.",
        [])

    # --- Kherson + Poltava, 23 April
    p = "2025-04-23T13:00+03:00"
    add("enw-20", p, src(KI, "independent_media", None, "https://herson.depo.ua/ukr/herson/rosiyani-znishchili-odne-z-klyuchovikh-pidpriemstv-energetichnoi-infrastrukturi-v-khersoni-prokudin-202504231470044"),
        "multi",
        "Russian forces destroyed one of the key energy facilities supplying Kherson with electricity after shelling it "
        "with artillery and drones for more than a day, regional governor Oleksandr Prokudin said on Wednesday, warning "
        "residents of possible outages. Overnight, 13 drones attacked Poltava, injuring people and causing significant "
        "damage, officials said.",
        [C("energy", "kherson", before(p, MSK, K, 36, "day"), "strike", "artillery, drones", "RUS", "UKR", "accusation",
           "Russian forces destroyed one of the key energy facilities supplying Kherson with electricity"),
         C("civilian", "poltava", night("2025-04-23", MSK, K), "strike.drone", "13 drones", "RUS", "UKR", "accusation",
           "Overnight, 13 drones attacked Poltava", note="no object named: civilian; 'officials' -> UKR")])

    # --- Kyiv + Kharkiv, 24 April (with a Russian tally that gives no claim)
    p = "2025-04-24T10:00+03:00"
    add("enw-21", p, src(AP, "independent_media", None, "https://jazzbaat24.com/top-stories/massive-russian-strike-on-kyiv-kills-nine-overnight/4963"),
        "multi",
        "A Russian missile and drone attack on Kyiv early Thursday killed at least nine people and wounded 63, including "
        "six children, Ukraine's State Emergency Service said. Loud explosions shook the capital around 1 a.m. and sent "
        "residents into shelters. Russia also fired seven missiles at Kharkiv overnight, injuring two people, Mayor Ihor "
        "Terekhov said. Russia's Defense Ministry said its air defenses had downed 87 Ukrainian drones, 45 of them over "
        "Crimea.",
        [C("civilian", "kyiv", night("2025-04-24", MSK, K), "strike", "missiles and drones", "RUS", "UKR",
           "accusation", "A Russian missile and drone attack on Kyiv early Thursday",
           note="'around 1 a.m.' dates the explosions, the attack is 'early Thursday': night"),
         C("civilian", "kharkiv", night("2025-04-24", MSK, K), "strike.missile", "7 missiles", "RUS", "UKR",
           "accusation", "Russia also fired seven missiles at Kharkiv overnight")])

    # --- MoD admission + SES toll, 24 April
    p = "2025-04-24T15:00+03:00"
    add("enw-22", p, src("The Insider", "independent_media", None, "https://theins.ru/en/news/280874"),
        "admission",
        "Russia's Defence Ministry said its massive overnight strike with long-range precision weapons had targeted key "
        "sites of Ukraine's military-industrial complex and that all targets were hit. Ukraine's State Emergency Service "
        "said the attack on Kyiv killed at least 12 people, including two children, and injured more than 90.",
        [C("military.industry", "UKR", night("2025-04-24", MSK, M), "strike.missile",
           "long-range precision weapons", "RUS", "RUS", "admission",
           "its massive overnight strike with long-range precision weapons had targeted key sites of Ukraine's military-industrial complex"),
         C("civilian", "kyiv", night("2025-04-24", MSK, K), "strike", None, "RUS", "UKR", "accusation",
           "the attack on Kyiv killed at least 12 people", note="people killed, no object named: civilian")])

    # --- Cherkasy gas, 28 April
    p = "2025-04-28T21:00+03:00"
    add("enw-23", p, src(KI, "independent_media", None, "https://censor.net/en/videonews/3549298/president-zelenskyy-s-video-address-on-april-28"),
        "accusation",
        "About 117,000 consumers in Ukraine's Cherkasy Oblast were left without gas after Russian Shahed drones damaged "
        "gas infrastructure on Monday, President Volodymyr Zelensky said in his evening address. Six people were injured "
        "in the attack.",
        [C("energy.gas", "ua-cherkasy", day("2025-04-28", MSK, K, p), "strike.drone", "Shahed drones", "RUS", "UKR",
           "accusation", "Russian Shahed drones damaged gas infrastructure on Monday")])

    # --- Zelensky on May 8 (negative)
    p = "2025-04-28T22:00+03:00"
    add("enw-24", p, src(RT, "independent_media", None, "https://censor.net/en/videonews/3549298/president-zelenskyy-s-video-address-on-april-28"),
        "diplomatic",
        "Zelensky dismissed as manipulation Moscow's suggestion to wait until May 8 before declaring a ceasefire, saying a "
        "truce should begin immediately, fully and unconditionally, and last at least 30 days.",
        [])

    # --- Air Force tally, 15 March (negative)
    p = "2025-03-15T10:00+02:00"
    add("enw-25", p, src(KI, "independent_media", None, "https://pravdorub.live/%d1%81%d0%b8%d0%bb%d0%b8-%d0%bf%d0%bf%d0%be-%d0%b7%d0%b1%d0%b8%d0%bb%d0%b8-47-%d1%96%d0%b7-72-%d0%b1%d0%b5%d0%b7%d0%bf%d1%96%d0%bb%d0%be%d1%82%d0%bd%d0%b8%d0%ba%d1%96%d0%b2-%d1%89%d0%b5-24-%d0%b4"),
        "air_defence_tally",
        "Ukrainian air defences downed 47 of the 72 drones Russia launched overnight on March 15, the Air Force said. "
        "Another 24 were lost from radar tracking and one was still in the air when the report was "
        "issued; drones were shot down over 11 oblasts.",
        [])

    # --- MoD, 8 March: villages retaken (negative)
    p = "2025-03-08T15:00+03:00"
    add("enw-26", p, src("AFP-style wire", "independent_media", None, "https://arynews.tv/russia-retook-three-villages-ukraine-kursk/"),
        "front_line_summary",
        "MOSCOW - Russia said on Saturday that its troops had retaken the villages of Viktorovka, Nikolayevka and Staraya "
        "Sorochina in the Kursk border region, where Ukrainian forces have been losing ground. DeepState, a Ukrainian "
        "military tracker, said the advance followed a breach in Ukrainian lines near Sudzha.",
        [])

    # --- General Staff rejects Kursk claim, 26 April (negative)
    p = "2025-04-26T18:00+03:00"
    add("enw-27", p, src(KI, "independent_media", None, "https://antikor.ua/ru/articles/764942-rossijane_zajavili_ob_osvobohdenii_kurskoj_oblasti_v_genshtabe_vsu_oprovergli/print"),
        "front_line_summary",
        "Ukraine's General Staff on Saturday rejected Moscow's claim that fighting in Russia's Kursk region was over, "
        "saying its defensive operation there was continuing. Ukrainian troops repelled five Russian assaults in the area "
        "since the start of the day and another clash was still under way, it said, adding that there was no threat of "
        "encirclement.",
        [])
    return R
