"""Russian reports (ru-NN): written here in our own words, in the style of the named source, stating facts the page
in source.url reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other sources'
styles'."""

from build_gold import A7, M, C, T, around, before, day, night, since, src, yesterday

MSK = "+03:00"
MORATORIUM = "2025-03-18T00:00+03:00"


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    # --- RBC relaying the MoD, 7 March (admission + weekly summary + Ukrainian reports)
    p = "2025-03-07T12:10+03:00"
    add("ru-01", p, src("РБК", "independent_media", None, "https://www.rbc.ru/politics/07/03/2025/67cab98d9a79474ee658164b"),
        "admission",
        "Минобороны России сообщило, что в ночь на 7 марта российские силы нанесли групповой удар высокоточным оружием "
        "большой дальности воздушного, морского и наземного базирования по объектам газовой и энергетической "
        "инфраструктуры Украины, обеспечивающим работу ее военно-промышленного комплекса. «Цель удара достигнута», — "
        "говорится в сообщении ведомства. Всего за первую неделю марта, по данным военных, нанесено семь групповых "
        "ударов, поражены в том числе инфраструктура военных аэродромов и склады боеприпасов. Об атаках на свои объекты "
        "ранее сообщали «Нафтогаз» и власти ряда украинских регионов.",
        [C("energy", "UKR", night("2025-03-07", MSK, M), "strike.missile", "высокоточное оружие большой дальности",
           "RUS", "RUS", "admission",
           "нанесли групповой удар высокоточным оружием большой дальности воздушного, морского и наземного базирования по объектам газовой и энергетической инфраструктуры Украины"),
         C("military", "UKR", T("2025-03-01T00:00+03:00", p, "week", M), "strike", None, "RUS", "RUS", "admission",
           "поражены в том числе инфраструктура военных аэродромов и склады боеприпасов",
           note="weekly summary: airfields + depots -> military"),
         C("energy", "UKR", night("2025-03-07", MSK, M), "strike", None, "RUS", "UKR", "accusation",
           "Об атаках на свои объекты ранее сообщали «Нафтогаз» и власти ряда украинских регионов",
           note="Ukrainian claimants relayed; perpetrator from context")])

    # --- Tuapse, 14 March (municipal head / governor)
    p = "2025-03-14T08:30+03:00"
    add("ru-02", p, src("Глава Туапсинского муниципального округа", "party_official", "RUS", "https://tvkrasnodar.ru/proisshestviya/2025/03/14/ot-ataki-bpla-na-bolee-tysyachi-kvadratakh-zagorelsya-neftekompleks-v-tuapse/"),
        "accusation",
        "Ночью в Туапсе после атаки БПЛА загорелся нефтеперерабатывающий завод. Обломки сбитого беспилотника упали на "
        "территорию предприятия, в 03:07 вспыхнул резервуар с бензином. Площадь пожара превышает тысячу квадратных "
        "метров, огонь тушат 121 специалист и 39 единиц техники. По предварительным данным, погибших и пострадавших нет. "
        "Ситуация на контроле у губернатора.",
        [C("energy.oil.refinery", "tuapse", around("2025-03-14T03:07+03:00", M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "после атаки БПЛА загорелся нефтеперерабатывающий завод", name="Туапсинский НПЗ",
           note="no actor named; a Russian official's drone attack is Ukraine's by framing; clock time of the fire")])

    # --- Kavkazskaya, 19 March (Krasnodar operational HQ)
    p = "2025-03-19T08:40+03:00"
    add("ru-03", p, src("Оперштаб Краснодарского края", "party_official", "RUS", "https://news.rambler.ua/incidents/54370922-neftebaza-v-krasnodarskom-krae-zagorelas-posle-padeniya-oblomkov-bespilotnika"),
        "accusation",
        "Этой ночью атака вражеских дронов на Кавказский район отражена. В результате падения обломков украинского "
        "беспилотника возник пожар на нефтебазе рядом со станицей Кавказской: площадь возгорания 20 кв. м, поврежден "
        "трубопровод между резервуарами, сработала автоматическая система пожаротушения. Пожару присвоен 4-й ранг, "
        "задействованы 105 человек и 45 единиц техники. Пострадавших нет. Работа нефтебазы приостановлена, 30 работников "
        "дежурной смены эвакуированы.",
        [C("energy.oil.storage", "kavkazskaya", night("2025-03-19", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "возник пожар на нефтебазе рядом со станицей Кавказской", name="нефтебаза у ст. Кавказской",
           note="the text calls it an oil depot; other sources say the CPC pumping station")])

    # --- Saratov governor, 20 March
    p = "2025-03-20T08:10+03:00"
    add("ru-04", p, src("Роман Бусаргин, губернатор Саратовской области", "party_official", "RUS", "https://portal.lviv.ua/news/2025/03/20/u-rf-zaiavyly-pro-masovanu-dronovu-ataku-na-enhels-na-aerodromi-vynykla-pozhezha"),
        "multi",
        "Этой ночью Энгельс подвергся массированной атаке беспилотников. На военном аэродроме в результате атаки "
        "возникло возгорание. В целях безопасности проводим эвакуацию жителей садовых товариществ, прилегающих к "
        "объекту. Кроме того, в нескольких СНТ повреждены около 30 частных и дачных домов. Все экстренные службы "
        "работают на месте.",
        [C("military.airbase", "engels-af", night("2025-03-20", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "На военном аэродроме в результате атаки возникло возгорание", name="аэродром «Энгельс»",
           note="actor not named; inferred"),
         C("civilian.residential", "engels-town", night("2025-03-20", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "в нескольких СНТ повреждены около 30 частных и дачных домов")])

    # --- MoD tally relayed, 19 March (negative)
    p = "2025-03-19T07:30+03:00"
    add("ru-05", p, src("29ru.net (по данным Минобороны РФ)", "independent_media", None, "https://29ru.net/krasnodar/399814788"),
        "air_defence_tally",
        "За минувшую ночь дежурные средства ПВО уничтожили над территорией России 57 украинских беспилотников "
        "самолетного типа, сообщили в Минобороны.",
        [])

    # --- Regnum relaying MoD, 24 March
    p = "2025-03-24T17:05+03:00"
    add("ru-06", p, src("ИА Регнум (по данным Минобороны РФ)", "party_aligned_media", "RUS", "https://regnum.news/news/3955376"),
        "energy_bulletin",
        "Вечером 23 марта с 21:00 до 21:50 средства ПВО отразили атаку четырех украинских беспилотников на Глебовское "
        "газоконденсатное месторождение на мысе Тарханкут в Крыму, снабжающее газом жителей и экономику полуострова, "
        "сообщили в Минобороны. Днем ранее, 22 марта, ВСУ дважды ударили дронами по газораспределительной станции "
        "«Валуйка» в Шведуновке Белгородской области — повреждено технологическое оборудование. В ведомстве назвали это "
        "очередным доказательством недоговороспособности Киева.",
        [C("energy.gas.production", "tarkhankut", T("2025-03-23T21:00+03:00", "2025-03-23T21:50+03:00", "hour", M),
           "strike.drone", "4 БПЛА", "UKR", "RUS", "accusation",
           "отразили атаку четырех украинских беспилотников на Глебовское газоконденсатное месторождение",
           name="Глебовское газоконденсатное месторождение", note="attempt; all drones repelled, still the act"),
         C("energy.gas.distribution_station", "shvedunovka", day("2025-03-22", MSK, M), "strike.drone", "дроны",
           "UKR", "RUS", "accusation",
           "ВСУ дважды ударили дронами по газораспределительной станции «Валуйка» в Шведуновке Белгородской области",
           name="ГРС «Валуйка»")])

    # --- Absatz relaying MoD, 26 March
    p = "2025-03-26T12:00+03:00"
    add("ru-07", p, src("Абзац (по данным Минобороны РФ)", "party_aligned_media", "RUS", "https://absatz.media/news/112715-vsu-nochyu-atakovali-gazovoe-hranilishe-u-poberezhya-kryma"),
        "energy_bulletin",
        "Ночью 26 марта у побережья Крыма, в районе мыса Тарханкут, дежурные средства ПВО сбили два ударных БПЛА ВСУ, "
        "которые шли на наземное оборудование Глебовского подземного хранилища газа, сообщили в Минобороны. Кроме того, "
        "украинские военные атаковали объекты энергетики в Курской и Брянской областях — жители "
        "нескольких районов остались без электричества. В ведомстве напомнили, что Киев заявлял о приверженности "
        "договоренностям, достигнутым в Эр-Рияде.",
        [C("energy.gas.storage", "tarkhankut", night("2025-03-26", MSK, M), "strike.drone", "2 БПЛА", "UKR", "RUS",
           "accusation", "сбили два ударных БПЛА ВСУ, которые шли на наземное оборудование Глебовского подземного хранилища газа",
           name="Глебовское ПХГ", note="attempt; downed, still the act"),
         C("energy", "ru-kursk", before(p, MSK, M, A7, "week"), "strike", None, "UKR", "RUS", "accusation",
           "украинские военные атаковали объекты энергетики в Курской и Брянской областях", note="no time in the text"),
         C("energy", "ru-bryansk", before(p, MSK, M, A7, "week"), "strike", None, "UKR", "RUS", "accusation",
           "украинские военные атаковали объекты энергетики в Курской и Брянской областях", note="no time in the text")])

    # --- MoD bulletin style (relayed by 7info), 27 March
    p = "2025-03-27T13:30+03:00"
    add("ru-08", p, src("Министерство обороны РФ (через 7info)", "party_official", "RUS", "https://7info.ru/minoborony-vsu-prodolzhajut-ataki-na-rossijskuju-jenergetiku"),
        "energy_bulletin",
        "Несмотря на заявления киевского режима о прекращении ударов по объектам российской энергетики, ВСУ продолжают "
        "наносить удары по энергетической инфраструктуре. 26 марта около 17.00 в Брянской области в результате атаки "
        "украинского БПЛА на объект филиала ПАО «Россети Центр» – «Брянскэнерго» отключилась высоковольтная линия 10 кВ, "
        "прекращено электроснабжение потребителей Климовского района. В это же время в районе мыса Тарханкут в Крыму "
        "средствами ПВО сбит украинский ударный БПЛА самолетного типа, пытавшийся атаковать наземное оборудование "
        "Глебовского подземного хранилища газа. 27 марта около 7.00 в результате прицельного артиллерийского обстрела "
        "ВСУ выведена из строя комплектная трансформаторная подстанция филиала «Брянскэнерго» в Брянской области.",
        [C("energy.electricity", "klimovo", around("2025-03-26T17:00+03:00", M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation",
           "в результате атаки украинского БПЛА на объект филиала ПАО «Россети Центр» – «Брянскэнерго» отключилась высоковольтная линия 10 кВ",
           note="object not named, only the line that went off: energy.electricity"),
         C("energy.gas.storage", "tarkhankut", around("2025-03-26T17:00+03:00", M), "strike.drone", "БПЛА", "UKR",
           "RUS", "accusation", "пытавшийся атаковать наземное оборудование Глебовского подземного хранилища газа",
           name="Глебовское ПХГ", note="'в это же время' = about 17:00"),
         C("energy.electricity.substation", "ru-bryansk", around("2025-03-27T07:00+03:00", M), "strike.artillery",
           "артиллерия", "UKR", "RUS", "accusation",
           "в результате прицельного артиллерийского обстрела ВСУ выведена из строя комплектная трансформаторная подстанция")])

    # --- Peskov, 28 March: uncontrollability (aggregate accusation)
    p = "2025-03-28T15:12+03:00"
    add("ru-09", p, src("РБК", "independent_media", None, "https://rbc.ru/rbcfreenews/67e692269a79475a67874155"),
        "aggregate",
        "Продолжающиеся вопреки мораторию удары ВСУ по объектам энергосистемы России пресс-секретарь президента Дмитрий "
        "Песков объяснил «тотальной бесконтрольностью» украинских вооруженных сил. По его словам, попытки ударов по "
        "энергетической инфраструктуре Российской Федерации не прекращаются, а если Киев и отдавал армии приказ "
        "воздерживаться от них, то он, очевидно, не выполняется.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "попытки ударов по энергетической инфраструктуре Российской Федерации не прекращаются",
           note="published_at from the RBC news id (hex timestamp)")])

    # --- Peskov, 28 March: reserve the right (negative)
    p = "2025-03-28T13:00+03:00"
    add("ru-10", p, src("Интерфакс", "independent_media", None, "https://dsnews.ua/ukr/world/rosiya-zalishaye-za-soboyu-pravo-porushiti-energetichne-peremir-ya-pyeskov-28032025-519288/amp"),
        "diplomatic",
        "Если киевский режим не будет соблюдать мораторий на удары по энергетике, Россия также оставляет за собой право "
        "от него отказаться, заявил журналистам Дмитрий Песков. Соблюдать договоренность в одиночку, по его словам, было "
        "бы нелогично.",
        [])

    # --- Sputnik relaying MoD, 31 March (Bryansk)
    p = "2025-03-31T10:00+03:00"
    add("ru-11", p, src("Sputnik Казахстан (по данным Минобороны РФ)", "party_aligned_media", "RUS", "https://ru.sputnik.kz/amp/20250331/vsu-snova-atakuyut-energeticheskuyu-infrastrukturu-rossiyskoy-federatsii---minoborony-52083256.html"),
        "energy_bulletin",
        "30 марта в 19.37 в Брянской области в результате артиллерийского обстрела объекта «Брянскэнерго» оборван провод "
        "на опоре, отключилась высоковольтная линия, без света остались бытовые потребители Суземского района, сообщили "
        "в Минобороны. Около 20.00 украинский беспилотник атаковал комплектную трансформаторную подстанцию в Севском "
        "районе — отключена линия 10 кВ. По оценке ведомства, намеренные атаки ВСУ говорят о полной недоговороспособности "
        "Киева.",
        [C("energy.electricity.line", "suzemka", around("2025-03-30T19:37+03:00", M), "strike.artillery", "артиллерия",
           "UKR", "RUS", "accusation",
           "в результате артиллерийского обстрела объекта «Брянскэнерго» оборван провод на опоре, отключилась высоковольтная линия"),
         C("energy.electricity.substation", "sevsk", around("2025-03-30T20:00+03:00", M), "strike.drone", "БПЛА",
           "UKR", "RUS", "accusation",
           "украинский беспилотник атаковал комплектную трансформаторную подстанцию в Севском районе")])

    # --- TASS style, MoD on Kursk, 2 April
    p = "2025-04-02T11:00+03:00"
    add("ru-12", p, src("ТАСС (по данным Минобороны РФ)", "party_aligned_media", "RUS", "https://www.devdiscourse.com/article/law-order/3331205-escalating-tensions-ukraines-alleged-energy-strikes-amid-moratorium"),
        "energy_bulletin",
        "За прошедшие сутки ВСУ дважды атаковали объекты энергетики в Курской области беспилотниками и артиллерией, "
        "из-за чего были перебои с электроснабжением, сообщили в Минобороны РФ. Сведения о нарушениях "
        "договоренности передаются американской стороне.",
        [C("energy", "ru-kursk", before(p, MSK, M, 24, "day"), "strike", "БПЛА, артиллерия", "UKR", "RUS",
           "accusation", "ВСУ дважды атаковали объекты энергетики в Курской области беспилотниками и артиллерией")])

    # --- Russian-installed gas company in occupied Luhansk region, 2 April
    p = "2025-04-02T09:30+03:00"
    add("ru-13", p, src("Газовая компания «ЛНР» (оккупационные власти)", "party_official", "RUS", "https://japantoday.com/category/world/russia-and-ukraine-trade-new-accusations-on-breaches-of-energy-truce1"),
        "accusation",
        "В результате удара украинского беспилотника по газораспределительной станции в районе Сватово ограничено "
        "газоснабжение более 11 тысяч абонентов.",
        [C("energy.gas.distribution_station", "svatove", before(p, MSK, M, A7, "week"), "strike.drone", "БПЛА", "UKR",
           "RUS", "accusation", "удара украинского беспилотника по газораспределительной станции в районе Сватово",
           note="no time in the text")])

    # --- Peskov, 2 April (negative)
    p = "2025-04-02T14:30+03:00"
    add("ru-14", p, src("Интерфакс", "independent_media", None, "https://japantoday.com/category/world/russia-and-ukraine-trade-new-accusations-on-breaches-of-energy-truce1"),
        "diplomatic",
        "То, что Путин согласился на энергетическое перемирие, свидетельствует о его серьезном настрое на мирный процесс, "
        "заявил Дмитрий Песков. Москва продолжит работу с американцами, добавил он.",
        [])

    # --- Absatz relaying MoD, 5 April: 14 attacks
    p = "2025-04-05T12:00+03:00"
    q = "Повреждены объекты энергетики в Брянской, Белгородской, Смоленской, Липецкой, Херсонской и Воронежской областях"
    b = before(p, MSK, M, 24, "day")
    add("ru-15", p, src("Абзац (по данным Минобороны РФ)", "party_aligned_media", "RUS", "https://absatz.media/news/114071-minoborony-rf-kiev-kratno-narastil-ataki-na-energoinfrastrukturu"),
        "energy_bulletin",
        "С утра пятницы, 4 апреля, киевский режим вопреки обязательствам Зеленского перед американской стороной кратно "
        "нарастил число атак по российским энергообъектам, заявили в Минобороны. За прошедшие сутки ВСУ провели 14 атак с "
        "применением беспилотников и артиллерии. Повреждены объекты энергетики в Брянской, Белгородской, Смоленской, "
        "Липецкой, Херсонской и Воронежской областях.",
        [C("energy", "ru-bryansk", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q),
         C("energy", "ru-belgorod", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q),
         C("energy", "ru-smolensk", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q),
         C("energy", "ru-lipetsk", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q),
         C("energy", "ua-kherson", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q,
           note="the Russian-held part of Kherson Oblast: country UKR"),
         C("energy", "ru-voronezh", b, "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation", q)])

    # --- Bryansk governor, 5 April
    p = "2025-04-05T15:55+03:00"
    y = yesterday(p, MSK, M)
    add("ru-16", p, src("Александр Богомаз, губернатор Брянской области", "party_official", "RUS", "https://go32.ru/news-lenta/chetyre-bryanskix-energoobekta-postradali-pri-atake-vsu.html"),
        "multi",
        "Вчера энергетическая инфраструктура Брянской области вновь подверглась атакам ВСУ. При обстреле энергообъекта "
        "«Погар» оборваны провода высоковольтной линии — без света остались жители поселка Случевск. Вражеские "
        "беспилотники атаковали энергообъекты «Климово» и «Хвощевская»: отключились трансформаторные подстанции, без "
        "электроснабжения остались поселок Новый Ропск и село Лемешовка Севского района. Сейчас электроснабжение "
        "восстановлено.",
        [C("energy.electricity.line", "sluchevsk", y, "strike.artillery", "обстрел", "UKR", "RUS", "accusation",
           "При обстреле энергообъекта «Погар» оборваны провода высоковольтной линии",
           note="the damage named is the line's wires"),
         C("energy.electricity.substation", "novy-ropsk", y, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "беспилотники атаковали энергообъекты «Климово» и «Хвощевская»: отключились трансформаторные подстанции",
           name="энергообъект «Климово»"),
         C("energy.electricity.substation", "sevsk", y, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "беспилотники атаковали энергообъекты «Климово» и «Хвощевская»: отключились трансформаторные подстанции",
           name="энергообъект «Хвощевская»")])

    # --- MoD relayed, 6 April: 7 attacks
    p = "2025-04-06T11:00+03:00"
    b = before(p, MSK, M, 24, "day")
    add("ru-17", p, src("Министерство обороны РФ (через РФ Сегодня)", "party_official", "RUS", "https://finance.rftoday.ru/archive/335826297.html"),
        "energy_bulletin",
        "За прошедшие сутки ВСУ совершили семь атак на объекты энергетики в четырех регионах России. Утром 5 апреля "
        "украинскими беспилотниками повреждена высоковольтная линия Островская – Ковыльное ГУП РК «Крымэнерго». В "
        "Брянской области атакован энергообъект «Хвощевская», без света остались жители Севского района; кроме того, "
        "ударный БПЛА дважды атаковал высоковольтную линию «Брянскэнерго», из-за обрыва провода без электроснабжения "
        "оставалась часть Суземского района. В ночь на 6 апреля в Ростовской области после атаки БПЛА на энергообъект "
        "«Ростовская» отключилась высоковольтная линия. К утру беспилотники атаковали газопровод в Воронежской области.",
        [C("energy.electricity.line", "crimea-line", T("2025-04-05T05:00+03:00", "2025-04-05T12:00+03:00", "hour", M),
           "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "украинскими беспилотниками повреждена высоковольтная линия Островская – Ковыльное",
           name="ВЛ Островская – Ковыльное"),
         C("energy", "sevsk", b, "strike", None, "UKR", "RUS", "accusation",
           "атакован энергообъект «Хвощевская», без света остались жители Севского района",
           name="энергообъект «Хвощевская»", note="object type not said: energy"),
         C("energy.electricity.line", "suzemka", b, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "ударный БПЛА дважды атаковал высоковольтную линию «Брянскэнерго»"),
         C("energy", "ru-rostov", night("2025-04-06", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "после атаки БПЛА на энергообъект «Ростовская» отключилась высоковольтная линия",
           name="энергообъект «Ростовская»", note="location of the object not given: oblast-level"),
         C("energy.gas.pipeline", "ru-voronezh", night("2025-04-06", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "беспилотники атаковали газопровод в Воронежской области",
           note="'к утру' read as the night into 6 April")])

    # --- Rostov news relaying MoD, 7 April: 6 attacks
    p = "2025-04-07T12:00+03:00"
    b = before(p, MSK, M, 24, "day")
    add("ru-18", p, src("Новости Ростова (по данным Минобороны РФ)", "independent_media", None, "https://newsrostov.ru/society/2025/04/07/427604.html"),
        "energy_bulletin",
        "За последние сутки ВСУ шесть раз атаковали объекты российской энергетики, сообщили в Минобороны. В Ростовской "
        "области в 01.22 и 02.55 беспилотники ударили по инфраструктуре филиала ПАО «Россети», отключилась ВЛ 220 кВ, без "
        "света оставались около тысячи человек. В 07.30 на объекте воронежского филиала «Россети Центр» повреждены "
        "провода в пролете опор. Вечером ВСУ обстреляли из артиллерии подстанцию ГУП ДНР «РЭК» — загорелся трансформатор, "
        "без электроэнергии осталось предприятие «Вода Донбасса». В 22.15 удар пришелся по подстанции в Херсонской "
        "области, а сегодня утром противник обстрелял подстанцию «Россети Центр» в Брянской области.",
        [C("energy.electricity", "ru-rostov", b, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "беспилотники ударили по инфраструктуре филиала ПАО «Россети», отключилась ВЛ 220 кВ",
           note="clock times without a date inside 'за последние сутки': the 24 h window"),
         C("energy.electricity.line", "ru-voronezh", b, "strike", None, "UKR", "RUS", "accusation",
           "на объекте воронежского филиала «Россети Центр» повреждены провода в пролете опор",
           note="clock time without a date: the 24 h window"),
         C("energy.electricity.substation", "ua-donetsk", T("2025-04-06T17:00+03:00", "2025-04-07T00:00+03:00", "hour", M),
           "strike.artillery", "артиллерия", "UKR", "RUS", "accusation",
           "ВСУ обстреляли из артиллерии подстанцию ГУП ДНР «РЭК»",
           note="'вечером' inside the past day: the evening of 6 April"),
         C("energy.electricity.substation", "ua-kherson", around("2025-04-06T22:15+03:00", M), "strike", None, "UKR",
           "RUS", "accusation", "В 22.15 удар пришелся по подстанции в Херсонской области"),
         C("energy.electricity.substation", "ru-bryansk", T("2025-04-07T05:00+03:00", p, "hour", M),
           "strike.artillery", "обстрел", "UKR", "RUS", "accusation",
           "сегодня утром противник обстрелял подстанцию «Россети Центр» в Брянской области")])

    # --- Peskov, 15 April (negative)
    p = "2025-04-15T13:00+03:00"
    add("ru-19", p, src("Российская газета", "party_aligned_media", "RUS", "https://i7267o7275z.oszar.com/2025/04/15/peskov-poobeshchal-utochnit-vremia-okonchaniia-moratoriia-na-udary-po-energoobektam.html"),
        "diplomatic",
        "Дмитрий Песков на брифинге во вторник пообещал уточнить, когда именно истекает 30-дневный мораторий на удары по "
        "энергообъектам: для этого ему нужны сведения от оборонного ведомства. Дальнейшее, по его словам, будет зависеть "
        "от приказов верховного главнокомандующего, о решении Кремль сообщит.",
        [])

    # --- Peskov to TASS, 16 April (aggregate accusation)
    p = "2025-04-16T12:00+03:00"
    add("ru-20", p, src("ТАСС", "party_aligned_media", "RUS", "https://worldinform.ru/articles/id-peskov-kreml-poka-ne-gotov-nazvat-chas-okonchanija-moratorija-na-udary-po-ukrainskoi-energetike.html"),
        "aggregate",
        "Кремль пока не готов назвать точный час окончания 30-дневного моратория на удары по украинской энергетике, "
        "сказал ТАСС Дмитрий Песков. По его словам, киевский режим мораторий фактически не соблюдал: попытки ударов по "
        "российской энергетической инфраструктуре предпринимались и предпринимаются до сих пор.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "попытки ударов по российской энергетической инфраструктуре предпринимались и предпринимаются до сих пор")])

    # --- TASS count, 17 April (aggregate)
    p = "2025-04-17T11:00+03:00"
    add("ru-21", p, src("ТАСС", "party_aligned_media", "RUS", "https://rk-news.ru/society/2025/04/17/1646828.html"),
        "aggregate",
        "Удары ВСУ по объектам энергетики, нанесенные с 18 марта по 16 апреля, затронули 15 российских регионов, следует "
        "из подсчетов ТАСС. Временный мораторий на такие удары действует 30 суток начиная с 18 марта; о точном сроке его "
        "окончания Кремль сообщит дополнительно.",
        [C("energy", "RUS", T(MORATORIUM, "2025-04-17T00:00+03:00", "month", M), "strike", None, "UKR", "RUS",
           "accusation", "Удары ВСУ по объектам энергетики, нанесенные с 18 марта по 16 апреля, затронули 15 российских регионов",
           note="TASS's own count of MoD reports: claimant RUS (the agency's party)")])

    # --- Peskov, 18 April (denial + accusation)
    p = "2025-04-18T13:00+03:00"
    add("ru-22", p, src("РИА Новости", "party_aligned_media", "RUS", "https://news-kiev.ru/society/2025/04/18/673896.html"),
        "denial",
        "Россия соблюдала мораторий на удары по объектам энергетики, чего нельзя сказать об Украине, заявил пресс-секретарь "
        "президента Дмитрий Песков, отвечая на вопрос о вероятности выхода США из процесса урегулирования.",
        [C("energy", "UKR", since(MORATORIUM, p, M), "strike", None, "RUS", "RUS", "denial",
           "Россия соблюдала мораторий на удары по объектам энергетики"),
         C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "чего нельзя сказать об Украине")])

    # --- MoD tally, 24 April (negative)
    p = "2025-04-24T08:00+03:00"
    add("ru-23", p, src("Министерство обороны РФ", "party_official", "RUS", "https://jazzbaat24.com/top-stories/massive-russian-strike-on-kyiv-kills-nine-overnight/4963"),
        "air_defence_tally",
        "За прошедшую ночь дежурными средствами ПВО перехвачены и уничтожены 87 украинских беспилотников самолетного "
        "типа, из них 45 — над Республикой Крым.",
        [])

    # --- MoD, 24 April: admitted strike on defence industry
    p = "2025-04-24T11:00+03:00"
    add("ru-24", p, src("Министерство обороны РФ", "party_official", "RUS", "https://theins.ru/en/news/280874"),
        "admission",
        "В ночь на 24 апреля Вооруженные силы Российской Федерации нанесли массированный удар высокоточным оружием "
        "большой дальности по ключевым предприятиям военно-промышленного комплекса Украины. Цели удара достигнуты. Все "
        "назначенные объекты поражены.",
        [C("military.industry", "UKR", night("2025-04-24", MSK, M), "strike.missile",
           "высокоточное оружие большой дальности", "RUS", "RUS", "admission",
           "нанесли массированный удар высокоточным оружием большой дальности по ключевым предприятиям военно-промышленного комплекса Украины")])

    # --- post summarising MoD, 6 April: no pause since 18 March + Belgorod 1 April
    p = "2025-04-06T14:00+03:00"
    add("ru-25", p, src("PostNews (по данным Минобороны РФ)", "independent_media", None, "https://postnews.ru/n/35564"),
        "aggregate",
        "С момента объявленного 18 марта прекращения ударов ВСУ ни на сутки не прекращали атаки по российским "
        "энергообъектам, заявили в Минобороны. Ранее ведомство сообщало, что 1 апреля из-за украинских беспилотников "
        "без электричества остались более 1,2 тыс. жителей Белгородской области.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "ВСУ ни на сутки не прекращали атаки по российским энергообъектам"),
         C("energy.electricity", "ru-belgorod", day("2025-04-01", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation",
           "1 апреля из-за украинских беспилотников без электричества остались более 1,2 тыс. жителей Белгородской области",
           note="power cut with no object named")])

    # --- MoD front-line claim, 13 March (negative)
    p = "2025-03-13T16:00+03:00"
    add("ru-26", p, src("Министерство обороны РФ", "party_official", "RUS", "https://www.themoscowtimes.com/2025/03/13/russian-army-regains-control-over-sudzha-in-kursk-border-region-a88341"),
        "front_line_summary",
        "В ходе наступательных действий подразделения группировки войск «Север» освободили населенные пункты Меловой, "
        "Подол и Суджа Курской области.",
        [])

    # --- Kremlin on Gerasimov's report, 26 April (negative)
    p = "2025-04-26T15:00+03:00"
    add("ru-27", p, src("News.ru", "party_aligned_media", "RUS", "https://news.ru/russia/gerasimov-raskryl-podrobnosti-polnogo-osvobozhdeniya-kurskoj-oblasti-ot-vsu"),
        "front_line_summary",
        "Начальник Генштаба Валерий Герасимов доложил Владимиру Путину о завершении разгрома ВСУ в Курской области: в "
        "субботу, 26 апреля, от украинских подразделений освобождено последнее село региона — Горналь. По словам "
        "Герасимова, наиболее активная фаза операции началась 6 марта; сейчас военные ищут украинских солдат, которые "
        "могут скрываться в домах.",
        [])
    return R
