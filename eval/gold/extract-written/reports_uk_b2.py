"""Batch 2, Ukrainian reports (uk-b2-NN): written here in our own words, in the style of the named source, stating
facts the page in source.url reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other
sources' styles', 'Batch 2'."""

from build_gold import A7, K, C, T, before, day, evening, night, since, src

OFF = "+02:00"  # Kyiv until 30 March 03:00
SUM = "+03:00"  # Kyiv from 30 March
MORATORIUM = "2025-03-18T00:00+03:00"


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    # --- Donetsk OVA head, evening of 7 March (Dobropillia, first figures)
    p = "2025-03-07T23:20+02:00"
    add("uk-b2-01", p, src("Вадим Філашкін, начальник Донецької ОВА", "party_official", "UKR",
                           "https://news.liga.net/en/all/news/russia-strikes-dobropillia-4-killed-18-injured"),
        "accusation",
        "Сьогодні ввечері росіяни тричі вдарили по Добропіллю. За попередніми даними, 4 людини загинули, 18 поранені, "
        "пошкоджено чотири багатоквартирні будинки. Остаточну кількість жертв і масштаби руйнувань ще встановлюємо. На "
        "місцях працюють поліція, рятувальники й усі служби. Ще раз закликаю: евакуюйтеся вчасно!",
        [C("civilian.residential", "dobropillia", evening("2025-03-07", OFF, K, p), "strike", None, "RUS", "UKR",
           "accusation", "росіяни тричі вдарили по Добропіллю",
           note="people killed and apartment blocks damaged: residential")])

    # --- Interior Ministry, 8 March (Dobropillia + Kharkiv region)
    p = "2025-03-08T08:40+02:00"
    add("uk-b2-02", p, src("МВС України", "party_official", "UKR", "https://www.trtworld.com:443/article/b322230a7477"),
        "multi",
        "Ввечері 7 березня російські окупанти атакували Добропілля на Донеччині балістичними ракетами, реактивними "
        "системами залпового вогню та ударними дронами. Загинули 11 людей, ще 30 поранені, серед них п'ятеро дітей. "
        "Пошкоджено вісім багатоповерхівок і 30 автомобілів. Під час гасіння пожежі ворог ударив повторно — пошкоджено "
        "пожежний автомобіль. Окремо, внаслідок нічної атаки дрона на Харківщині загинули троє людей, семеро поранені.",
        [C("civilian", "dobropillia", evening("2025-03-07", OFF, K), "strike", "балістичні ракети, РСЗВ, дрони", "RUS",
           "UKR", "accusation",
           "російські окупанти атакували Добропілля на Донеччині балістичними ракетами, реактивними системами залпового вогню та ударними дронами",
           note="apartment blocks + cars + a fire engine: civilian"),
         C("civilian", "ua-kharkiv", night("2025-03-08", OFF, K), "strike.drone", "дрон", "RUS", "UKR", "accusation",
           "внаслідок нічної атаки дрона на Харківщині загинули троє людей",
           note="actor not named in this sentence; the whole post is about Russian attacks; people killed, no object")])

    # --- Kharkiv OVA head, 8 March (Bohodukhiv)
    p = "2025-03-08T10:15+02:00"
    add("uk-b2-03", p, src("Олег Синєгубов, начальник Харківської ОВА", "party_official", "UKR",
                           "https://news.online.ua/en/russia-attacked-dobropillya-and-the-kharkiv-region-many-dead-and-wounded-891462/"),
        "accusation",
        "Харківщина. Сьогодні ворог ударив дроном по цивільному підприємству в Богодухові. На жаль, загинули троє людей, "
        "ще семеро поранені. На місці працюють рятувальники та медики. Усі причетні до цього воєнного злочину будуть "
        "покарані.",
        [C("civilian.industry", "bohodukhiv", day("2025-03-08", OFF, K, p), "strike.drone", "дрон", "RUS", "UKR",
           "accusation", "ворог ударив дроном по цивільному підприємству в Богодухові")])

    # --- DTEK, 15 March (no time in the statement)
    p = "2025-03-15T10:20+02:00"
    q = "Росіяни здійснили масштабну атаку на енергетичні об'єкти ДТЕК в Одеській та Дніпропетровській областях"
    add("uk-b2-04", p, src("ДТЕК (пресслужба)", "party_official", "UKR", "https://www.pravda.com.ua/eng/news/2025/03/15/7503025/"),
        "energy_statement",
        "Росіяни здійснили масштабну атаку на енергетичні об'єкти ДТЕК в Одеській та Дніпропетровській областях. "
        "Пошкодження значні, частина мешканців залишилася без світла. Енергетики вже працюють на місцях. Робимо все "
        "можливе, щоб якнайшвидше повернути електропостачання в оселі.",
        [C("energy", "ua-odesa", before(p, OFF, K, A7, "week"), "strike", None, "RUS", "UKR", "accusation", q,
           note="no time in the text: 7-day window; DTEK facilities of unsaid kind: energy"),
         C("energy", "ua-dnipro", before(p, OFF, K, A7, "week"), "strike", None, "RUS", "UKR", "accusation", q,
           note="no time in the text: 7-day window")])

    # --- Ukrainska Pravda, 15 March (Kryvyi Rih + Bohodukhiv lyceum)
    p = "2025-03-15T12:30+02:00"
    add("uk-b2-05", p, src("Українська правда", "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/03/15/7503025/"),
        "multi",
        "Увечері 14 березня російські війська вдарили ракетою по центру житлового масиву в Кривому Розі, поранено 14 "
        "людей, повідомила місцева влада. А в ніч проти 15 березня росіяни атакували безпілотником ліцей у Богодухові "
        "на Харківщині: на даху будівлі спалахнула пожежа на площі 500 кв. м. Поки рятувальники гасили вогонь, окупанти "
        "вдарили ще двічі.",
        [C("civilian.residential", "kryvyi-rih", evening("2025-03-14", OFF, K), "strike.missile", "ракета", "RUS", "UKR",
           "accusation", "російські війська вдарили ракетою по центру житлового масиву в Кривому Розі",
           note="'повідомила місцева влада': claimant UKR"),
         C("civilian.education", "bohodukhiv", night("2025-03-15", OFF, K), "strike.drone", "безпілотник", "RUS", None,
           "observation", "росіяни атакували безпілотником ліцей у Богодухові",
           note="no official named for this sentence: claimant null (the news site)")])

    # --- Ukrzaliznytsia, 19 March (railway power)
    p = "2025-03-19T08:10+02:00"
    add("uk-b2-06", p, src("Укрзалізниця", "party_official", "UKR",
                           "https://news.online.ua/en/russia-launches-massive-attack-on-ukraine-after-putins-partial-agreement-to-cease-fire-891771/"),
        "energy_statement",
        "Вночі ворог атакував систему енергопостачання залізниці на Дніпропетровщині. Виникла пожежа, частина ділянок "
        "знеструмлена. Під час ліквідації наслідків противник ударив повторно. Для гасіння на об'єкт направили пожежний "
        "поїзд Укрзалізниці. На щастя, ніхто не постраждав. Працюємо над відновленням.",
        [C("energy.electricity.traction", "ua-dnipro", night("2025-03-19", OFF, K), "strike", None, "RUS", "UKR",
           "accusation", "ворог атакував систему енергопостачання залізниці на Дніпропетровщині")])

    # --- Dnipropetrovsk OVA head, 19 March
    p = "2025-03-19T07:45+02:00"
    add("uk-b2-07", p, src("Сергій Лисак, начальник Дніпропетровської ОВА", "party_official", "UKR",
                           "https://www.anews.com.tr/europe/2025/03/19/russia-ukraine-trade-accusations-over-infrastructure-attacks"),
        "accusation",
        "Ніч на Дніпропетровщині минула тривожно. Ворог атакував Павлоградський район — там пошкоджено об'єкт "
        "інфраструктури. Загиблих і поранених немає.",
        [C("unknown", "pavlohrad-d", night("2025-03-19", OFF, K), "strike", None, "RUS", "UKR", "accusation",
           "Ворог атакував Павлоградський район — там пошкоджено об'єкт інфраструктури",
           note="'об'єкт інфраструктури' of unsaid kind: unknown; 'Ніч' dates it")])

    # --- Sloviansk city military administration, 19 March
    p = "2025-03-19T09:00+02:00"
    add("uk-b2-08", p, src("Слов'янська міська військова адміністрація", "party_official", "UKR",
                           "https://kyivindependent.com/2-sumy-oblast-hospitals-hit-by-drones-hours-after-putin-agrees-to-halt-energy-grid-attacks/"),
        "accusation",
        "Внаслідок нічної атаки ворога пошкоджено енергетичну інфраструктуру Слов'янська. Частина міста без "
        "електропостачання. Енергетики розпочнуть відновлення, щойно дозволить безпекова ситуація.",
        [C("energy", "sloviansk", night("2025-03-19", OFF, K), "strike", None, "RUS", "UKR", "accusation",
           "Внаслідок нічної атаки ворога пошкоджено енергетичну інфраструктуру Слов'янська")])

    # --- Sumy OVA, 19 March: two hospitals
    p = "2025-03-19T08:30+02:00"
    q = "ворожі дрони влучили у дві лікарні на Сумщині — в Сумах та в Краснопіллі"
    add("uk-b2-09", p, src("Сумська ОВА", "party_official", "UKR",
                           "https://kyivindependent.com/2-sumy-oblast-hospitals-hit-by-drones-hours-after-putin-agrees-to-halt-energy-grid-attacks/"),
        "multi",
        "Цієї ночі ворожі дрони влучили у дві лікарні на Сумщині — в Сумах та в Краснопіллі. Пацієнтів і персонал "
        "евакуювали. За попередніми даними, обійшлося без постраждалих. На місцях працюють рятувальники.",
        [C("civilian.medical", "sumy", night("2025-03-19", OFF, K), "strike.drone", "дрони", "RUS", "UKR", "accusation", q),
         C("civilian.medical", "krasnopillia", night("2025-03-19", OFF, K), "strike.drone", "дрони", "RUS", "UKR",
           "accusation", q)])

    # --- Air Force, 19 March: tally + oblasts with hits
    p = "2025-03-19T10:00+02:00"
    q = "Внаслідок атаки постраждали Сумська, Одеська, Полтавська, Дніпропетровська, Київська та Чернігівська області"
    n = night("2025-03-19", OFF, K)
    nt = "oblast named as hit (not as where drones were downed), no object: unknown"
    add("uk-b2-10", p, src("Повітряні сили ЗСУ", "party_official", "UKR",
                           "https://www.anews.com.tr/europe/2025/03/19/russia-ukraine-trade-accusations-over-infrastructure-attacks"),
        "air_defence_tally_with_hits",
        "У ніч на 19 березня ворог атакував 145 ударними БпЛА типу Shahed та дронами-імітаторами. Збито 72 дрони над "
        "Харківщиною, Полтавщиною, Сумщиною, Чернігівщиною, Черкащиною, Київщиною, Житомирщиною, Вінниччиною, "
        "Кіровоградщиною, Дніпропетровщиною, Запоріжжям та Одещиною. Внаслідок атаки постраждали Сумська, Одеська, "
        "Полтавська, Дніпропетровська, Київська та Чернігівська області.",
        [C("unknown", k, n, "strike.drone", "Shahed", "RUS", "UKR", "accusation", q, note=nt)
         for k in ("ua-sumy", "ua-odesa", "ua-poltava", "ua-dnipro", "ua-kyiv", "ua-chernihiv")])

    # --- Zelensky in Helsinki, 19 March (relayed by a news site)
    p = "2025-03-19T16:00+02:00"
    q = "150 дронів вдарили по енергетиці, транспорту і, на жаль, по двох лікарнях"
    add("uk-b2-11", p, src("Суспільне", "independent_media", None,
                           "https://www.business-standard.com/amp/world-news/zelenskyy-to-talk-to-trump-after-russia-bombs-ukraine-despite-ceasefire-125031900919_1.html"),
        "aggregate",
        "Навіть цієї ночі, після розмови Путіна з президентом Трампом, коли Путін нібито віддав наказ не бити по "
        "українській енергетиці, 150 дронів вдарили по енергетиці, транспорту і, на жаль, по двох лікарнях, сказав "
        "Володимир Зеленський на пресконференції в Гельсінкі. За його словами, слова Путіна дуже відрізняються від "
        "реальності.",
        [C("energy", "UKR", night("2025-03-19", OFF, K), "strike.drone", "150 дронів", "RUS", "UKR", "accusation", q,
           note="no region: country-level place; perpetrator from 'after Putin's call'"),
         C("civilian", "UKR", night("2025-03-19", OFF, K), "strike.drone", "150 дронів", "RUS", "UKR", "accusation", q,
           note="transport + hospitals: civilian, a second top-level category at the same place")])

    # --- Centre for Countering Disinformation, 22 March
    p = "2025-03-22T13:00+02:00"
    add("uk-b2-12", p, src("Центр протидії дезінформації (Андрій Коваленко)", "party_official", "UKR",
                           "https://s1-new.112.ua/rosia-prigrozila-novimi-udarami-po-energetici-ukraini-58015"),
        "multi",
        "Речниця МЗС рф Захарова знову погрожує ударами по українській енергетиці, називаючи це «симетричною "
        "відповіддю»: Москва звинувачує Україну в атаках на російські енергооб'єкти. Насправді Росія сама з першої "
        "хвилини порушила обіцянку, дану Трампу, і не припиняла ударів по українській інфраструктурі. Генштаб ЗСУ "
        "заперечує причетність українських військових до обстрілу газовимірювальної станції «Суджа».",
        [C("energy", "RUS", since(MORATORIUM, p, K), "strike", None, "UKR", "RUS", "accusation",
           "Москва звинувачує Україну в атаках на російські енергооб'єкти",
           note="Russian accusation relayed: claimant RUS; no region named"),
         C("unknown", "UKR", since(MORATORIUM, p, K), "strike", None, "RUS", "UKR", "accusation",
           "Росія сама з першої хвилини порушила обіцянку, дану Трампу, і не припиняла ударів по українській інфраструктурі",
           note="'інфраструктура' of unsaid kind: unknown; 'з першої хвилини' of the moratorium: from 18 March"),
         C("energy.gas.metering_station", "sudzha-gis", before(p, OFF, K, A7, "week"), "strike", None, "UKR", "UKR",
           "denial", "Генштаб ЗСУ заперечує причетність українських військових до обстрілу газовимірювальної станції «Суджа»",
           name="ГВС «Суджа»", note="no date in the text: 7-day window")])

    # --- Zaporizhzhia OVA head, 22 March
    p = "2025-03-22T09:10+02:00"
    add("uk-b2-13", p, src("Іван Федоров, начальник Запорізької ОВА", "party_official", "UKR",
                           "https://news.online.ua/en/russian-occupiers-killed-a-family-in-zaporizhia-891880/"),
        "accusation",
        "Вечірня атака на Запоріжжя 21 березня забрала життя цілої родини: батько й донька загинули на місці, мати "
        "померла в лікарні — медики боролися, але не змогли її врятувати. Загалом ворог завдав по місту 10 ударів. Горіли "
        "житлові будинки, автівки та об'єкти соціальної інфраструктури. У лікарнях залишаються п'ятеро поранених, серед "
        "них немовля з контузією.",
        [C("civilian", "zaporizhzhia", evening("2025-03-21", OFF, K), "strike", "10 ударів", "RUS", "UKR", "accusation",
           "Вечірня атака на Запоріжжя 21 березня забрала життя цілої родини",
           note="houses + cars + social infrastructure: civilian")])

    # --- Kremlin list / Zelensky on the start date, 25 March (negative)
    p = "2025-03-25T21:30+02:00"
    add("uk-b2-14", p, src("Суспільне", "independent_media", None,
                           "https://www.ostro.org/news/rosiya-ogolosyla-moratorij-na-udary-po-energetytsi-zadnim-chyslom-zelenskyj-zayavlyaye-pro-i515614"),
        "diplomatic",
        "Кремль оприлюднив перелік енергетичних об'єктів, на які поширюється 30-денний мораторій: нафтопереробні "
        "підприємства, нафто- і газопроводи, сховища, електромережі, АЕС і греблі ГЕС. У вечірньому зверненні Зеленський "
        "заявив, що Москва маніпулює домовленостями: за його словами, Кремль бреше, що угода почала діяти 18 березня.",
        [])

    # --- General Staff rebuttal, 5 April
    p = "2025-04-05T15:30+03:00"
    add("uk-b2-15", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://en.irna.ir/news/85794919/Russia-Ukraine-increases-energy-attacks-despite-U-S-brokered"),
        "denial",
        "Чергові заяви міністерства оборони рф про нібито 14 ударів Сил оборони по енергетичних об'єктах росії за "
        "минулу добу — фейк. Сили оборони України уражають виключно військові цілі противника.",
        [C("energy", "RUS", before(p, SUM, K, 24, "day"), "strike", None, "UKR", "UKR", "denial",
           "заяви міністерства оборони рф про нібито 14 ударів Сил оборони по енергетичних об'єктах росії за минулу добу — фейк",
           note="'уражають виключно військові цілі' is general talk with no place or time: no claim")])

    # --- news site, 8 April: Kharkiv
    p = "2025-04-08T14:00+03:00"
    add("uk-b2-16", p, src("LIGA.net", "independent_media", None,
                           "https://www.uawire.org:443/devastating-russian-missile-strikes-leave-kharkiv-in-ruins-claiming-lives-and-injuring-dozens"),
        "observation",
        "8 квітня росіяни атакували Харків «шахедами»: у місті пролунало понад 20 вибухів, 17 із них — в Основ'янському "
        "районі, пишуть місцеві журналісти.",
        [C("unknown", "kharkiv", day("2025-04-08", SUM, K, p), "strike.drone", "Shahed", "RUS", None, "observation",
           "росіяни атакували Харків «шахедами»", note="journalists, no official: claimant null; a city, no object")])

    # --- Kharkiv OVA head, 14 April
    p = "2025-04-14T11:00+03:00"
    add("uk-b2-17", p, src("Олег Синєгубов, начальник Харківської ОВА", "party_official", "UKR",
                           "https://www.uawire.org:443/devastating-russian-missile-strikes-leave-kharkiv-in-ruins-claiming-lives-and-injuring-dozens"),
        "accusation",
        "14 квітня ворог атакував безпілотниками цивільний об'єкт у Салтівському районі Харкова — горів продовольчий "
        "склад, площа пожежі 1600 кв. м. На місці працюють рятувальники.",
        [C("civilian", "kharkiv", day("2025-04-14", SUM, K, p), "strike.drone", "безпілотники", "RUS", "UKR",
           "accusation", "ворог атакував безпілотниками цивільний об'єкт у Салтівському районі Харкова",
           note="a food warehouse, called a civilian object: civilian (industry vs other not decidable)")])

    # --- Odesa OVA head, 16 April
    p = "2025-04-16T07:20+03:00"
    add("uk-b2-18", p, src("Олег Кіпер, начальник Одеської ОВА", "party_official", "UKR",
                           "https://stream.kyiv.ua/2025/04/16/odesa-zaznala-masovanoi-ataky-bpla"),
        "accusation",
        "У ніч на середу ворог атакував Одесу ударними безпілотниками. Пошкоджено цивільну інфраструктуру, спалахнула "
        "пожежа в житловому будинку. Інформація щодо постраждалих уточнюється. На місцях працюють усі відповідні служби.",
        [C("civilian", "odesa", night("2025-04-16", SUM, K), "strike.drone", "ударні безпілотники", "RUS", "UKR",
           "accusation", "ворог атакував Одесу ударними безпілотниками",
           note="'у ніч на середу' = night into 16 April; civilian infrastructure + a house: civilian")])

    # --- Foreign Minister, 18 April (no time)
    p = "2025-04-18T11:40+03:00"
    add("uk-b2-19", p, src("Андрій Сибіга, міністр закордонних справ", "party_official", "UKR",
                           "https://www.brecorder.com/news/40358342/russian-missile-attack-kills-one-wounds-112-in-ukraines-kharkiv-officials-say"),
        "accusation",
        "Росія випустила по Харкову чотири ракети, три з них — балістичні з касетними боєприпасами. Один загиблий, понад "
        "сотню поранених, серед них діти. Росія — машина терору, і зупинити її можна лише справжньою силою.",
        [C("civilian", "kharkiv", before(p, SUM, K, A7, "week"), "strike.missile", "4 ракети (3 балістичні, касетні)",
           "RUS", "UKR", "accusation", "Росія випустила по Харкову чотири ракети, три з них — балістичні з касетними боєприпасами",
           note="no time in the text: 7-day window; people killed, no object: civilian")])

    # --- Kharkiv mayor, 18 April
    p = "2025-04-18T09:30+03:00"
    add("uk-b2-20", p, src("Ігор Терехов, міський голова Харкова", "party_official", "UKR",
                           "https://kyivindependent.com/russian-ballistic-missile-attack-on-kharkiv-kills-1-injures-54/"),
        "accusation",
        "Зранку ворог ударив по Харкову балістичними ракетами з касетною бойовою частиною — тому площа ураження така "
        "велика. Пошкоджено понад 20 багатоповерхівок, 30 приватних будинків і навчальний заклад, на території "
        "підприємства пожежа на 450 кв. м. Один чоловік загинув у власній квартирі, понад 50 людей поранені, серед них діти.",
        [C("civilian", "kharkiv", T("2025-04-18T05:00+03:00", p, "hour", K), "strike.missile",
           "балістичні ракети з касетною БЧ", "RUS", "UKR", "accusation",
           "Зранку ворог ударив по Харкову балістичними ракетами з касетною бойовою частиною",
           note="houses + a school + an enterprise: civilian")])

    # --- Suspilne Sumy, 18 April
    p = "2025-04-18T10:00+03:00"
    add("uk-b2-21", p, src("Суспільне Суми", "independent_media", None,
                           "https://www.devdiscourse.com/article/law-order/3350589-kharkiv-missile-attack-sparks-civilian-crisis-amid-fragile-truce"),
        "accusation",
        "Уночі росіяни атакували Суми: удар припав на територію кондитерської фабрики. Загинула одна людина, ще одна "
        "дістала поранення, повідомив в.о. міського голови Артем Кобзар.",
        [C("civilian.industry", "sumy", night("2025-04-18", SUM, K), "strike", None, "RUS", "UKR", "accusation",
           "росіяни атакували Суми: удар припав на територію кондитерської фабрики",
           note="the acting mayor is quoted: claimant UKR")])

    # --- Easter truce announced, 19 April (negative)
    p = "2025-04-19T20:30+03:00"
    add("uk-b2-22", p, src("Суспільне", "independent_media", None,
                           "https://www.ir-ia.com/news/russia-and-ukraine-exchange-blame-for-violating-easter-ceasefire"),
        "front_line_summary",
        "Путін оголосив «великоднє перемир'я» — з 18:00 суботи до опівночі неділі за московським часом. Зеленський "
        "заявив, що вже за кілька годин після оголошення росіяни здійснили 67 штурмів наших позицій на різних напрямках, "
        "найбільше — на Покровському, і 1355 разів обстріляли позиції, з них 713 — з важкого озброєння.",
        [])

    # --- Zelensky, night of 20-21 April (negative)
    p = "2025-04-20T23:40+03:00"
    add("uk-b2-23", p, src("Володимир Зеленський", "party_official", "UKR", "https://www.pravda.com.ua/eng/news/2025/04/21/7508472/"),
        "front_line_summary",
        "За доповіддю Головнокомандувача Олександра Сирського, з початку так званого «великоднього перемир'я» росіяни "
        "порушили його 2935 разів: штурми, обстріли, застосування FPV-дронів. Наші дії й надалі будуть дзеркальними. "
        "Україна пропонує продовжити тишу на 30 днів.",
        [])

    # --- Odesa news site, 23 April (two nights)
    p = "2025-04-23T10:00+03:00"
    add("uk-b2-24", p, src("Одеське життя", "independent_media", None,
                           "https://odessa-life.od.ua/uk/news-uk/glavu-odeskoyi-ova-kipera-led-ne-vbyv-rosijskyj-shahed/amp"),
        "multi",
        "У ніч на 23 квітня Одеса та передмістя знову опинилися під масованим ударом ворожих безпілотників. В одному з "
        "сіл пошкоджено приватні будинки й автомобілі, пробито водогін — населений пункт залишився без води. Нагадаємо, "
        "минулої ночі, проти 22 квітня, Одеса пережила наймасованіший наліт ударних дронів за весь час повномасштабного "
        "вторгнення.",
        [C("civilian", "odesa-d", night("2025-04-23", SUM, K), "strike.drone", "безпілотники", "RUS", None,
           "observation", "В одному з сіл пошкоджено приватні будинки й автомобілі, пробито водогін",
           note="houses + cars + a water main in an unnamed village of the suburbs: civilian; news site, claimant null"),
         C("unknown", "odesa", night("2025-04-22", SUM, K), "strike.drone", "ударні дрони", "RUS", None, "observation",
           "Одеса пережила наймасованіший наліт ударних дронів",
           note="a city named, no object: unknown; perpetrator from 'ворожих' in the lead")])

    # --- Hromadske, 25 April: Bryansk oil depot fire (negative)
    p = "2025-04-25T08:30+03:00"
    add("uk-b2-25", p, src("Громадське", "independent_media", None,
                           "https://hromadske.ua/posts/pozhezha-na-naftobazi-u-bryansku-ta-pidgotovka-nastupu-na-krivij-rig-golovne-za-nich-25-kvitnya"),
        "accident",
        "У Брянську вночі спалахнула пожежа на місцевій нафтобазі — горять резервуари з нафтою, полум'я видно з різних "
        "районів міста. Пожежники отримали виклик о 2-й ночі за місцевим часом, пожежі присвоїли підвищений ранг. "
        "Очевидці кажуть, що перед початком пожежі чули вибухи.",
        [])

    # --- Air Force tally, 29 April (negative)
    p = "2025-04-29T09:10+03:00"
    add("uk-b2-26", p, src("Повітряні сили ЗСУ", "party_official", "UKR",
                           "https://kyivindependent.com/ukrainian-drones-reportedly-target-ryazan-nizhny-novgorod-oblasts-in-russia/"),
        "air_defence_tally",
        "У ніч на 29 квітня противник атакував 100 ударними БпЛА типу Shahed і дронами-імітаторами. Сили ППО збили 37, "
        "ще 47 імітаторів локаційно втрачені без негативних наслідків.",
        [])

    # --- Zelensky in Helsinki, 19 March (negative)
    p = "2025-03-19T14:40+02:00"
    add("uk-b2-27", p, src("Офіс Президента України", "party_official", "UKR",
                           "https://kyivindependent.com/ukraine-to-create-list-of-energy-infrastructure-civilian-sites-russia-must-cease-attacking-zelensky-says/"),
        "diplomatic",
        "Україна складе перелік енергетичних, інфраструктурних і цивільних об'єктів, які Росія має перестати атакувати, "
        "і передасть його партнерам. Якщо росіяни не битимуть по наших об'єктах, ми не битимемо по їхніх. Очікуємо, що "
        "саме США відіграватимуть провідну роль у контролі за виконанням домовленостей.",
        [])

    # --- Zelensky on X, 19 March (negative)
    p = "2025-03-18T23:40+02:00"
    add("uk-b2-28", p, src("Володимир Зеленський", "party_official", "UKR",
                           "https://kyivindependent.com/2-sumy-oblast-hospitals-hit-by-drones-hours-after-putin-agrees-to-halt-energy-grid-attacks/"),
        "diplomatic",
        "Сьогодні Путін де-факто відкинув пропозицію про повне припинення вогню. Було б правильно, щоб світ у відповідь "
        "відкинув будь-які спроби Путіна затягнути війну. Тиск на Росію заради миру має тривати.",
        [])
    return R
