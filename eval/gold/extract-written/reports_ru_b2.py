"""Batch 2, Russian reports (ru-b2-NN): written here in our own words, in the style of the named source, stating
facts the page in source.url reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other
sources' styles', 'Batch 2'."""

from build_gold import A7, M, C, T, around, before, day, daytime, night, since, src

MSK = "+03:00"
MORATORIUM = "2025-03-18T00:00+03:00"
MORATORIUM_END = "2025-04-17T00:00+03:00"  # 30 days from 18 March
TRUCE = "2025-04-19T18:00+03:00"  # Easter truce from 18:00 Moscow time on 19 April


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    MOSCOW_11 = "https://news-247.top/n/1880868"

    # --- Moscow mayor, 11 March
    p = "2025-03-11T08:50+03:00"
    add("ru-b2-01", p, src("Сергей Собянин, мэр Москвы", "party_official", "RUS", MOSCOW_11),
        "accusation",
        "Продолжается отражение самой массированной атаки беспилотников на Москву. С ночи силами ПВО Минобороны уже "
        "уничтожено 74 БПЛА, летевших на город. На юге Москвы в результате падения обломков незначительно повреждена "
        "кровля здания. Специалисты экстренных служб работают на местах.",
        [C("civilian", "moscow", T("2025-03-10T21:00+03:00", p, "night", M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "На юге Москвы в результате падения обломков незначительно повреждена кровля здания",
           note="the attack on the city is the lead of the damage item: one claim; a building of unsaid kind in the "
                "city: civilian; actor not named, inferred; 'с ночи' and ongoing: from 21:00 to publication")])

    # --- Moscow Oblast governor, 11 March
    p = "2025-03-11T10:30+03:00"
    q = "Пострадавшие есть в Видном, Домодедове и Раменском"
    n = night("2025-03-11", MSK, M)
    add("ru-b2-02", p, src("Андрей Воробьев, губернатор Московской области", "party_official", "RUS", MOSCOW_11),
        "multi",
        "Ночью Подмосковье подверглось атаке беспилотников. К сожалению, погибли два человека, 14 ранены. Пострадавшие "
        "есть в Видном, Домодедове и Раменском. Повреждены жилые дома, на местах работают экстренные службы. Всем "
        "пострадавшим оказывается помощь.",
        [C("civilian", k, n, "strike.drone", "БПЛА", "UKR", "RUS", "accusation", q,
           note="'Подмосковье подверглось атаке' is the lead: no oblast-level claim; actor inferred")
         for k in ("vidnoye", "domodedovo", "ramenskoye")])

    # --- Moscow Railway, 11 March (no time)
    p = "2025-03-11T09:40+03:00"
    add("ru-b2-03", p, src("Московская железная дорога", "party_official", "RUS", MOSCOW_11),
        "accusation",
        "Из-за падения обломков беспилотника повреждена инфраструктура станции Домодедово. Движение пригородных поездов "
        "нарушено, возможны изменения в расписании. Следите за информацией на сайте и в приложении.",
        [C("civilian.transport", "domodedovo", before(p, MSK, M, A7, "week"), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "Из-за падения обломков беспилотника повреждена инфраструктура станции Домодедово",
           note="no time in the text: 7-day window; debris of a drone is the act; a state railway: claimant RUS")])

    # --- MoD tally, 11 March (negative)
    p = "2025-03-11T09:00+03:00"
    add("ru-b2-04", p, src("Министерство обороны РФ", "party_official", "RUS", MOSCOW_11),
        "air_defence_tally",
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 337 украинских беспилотных "
        "летательных аппаратов самолетного типа: 126 — над территорией Курской области, 91 — над Московской областью, "
        "остальные — над другими регионами.",
        [])

    # --- Kremlin readout, 18 March (negative)
    p = "2025-03-18T20:30+03:00"
    add("ru-b2-05", p, src("Кремль (пресс-служба)", "party_official", "RUS",
                           "https://www.the-independent.com/news/world/europe/ukraine-russia-war-map-live-trump-putin-call-ceasefire-b2717652.html"),
        "diplomatic",
        "В ходе телефонного разговора с Дональдом Трампом Владимир Путин поддержал предложение о взаимном отказе от "
        "ударов по объектам энергетической инфраструктуры в течение 30 дней и сразу отдал российским военным "
        "соответствующую команду. Идея полного прекращения огня на 30 суток поддержки не получила.",
        [])

    # --- Zakharova, 22 March
    p = "2025-03-22T11:00+03:00"
    add("ru-b2-06", p, src("РИА Новости (Мария Захарова, МИД России)", "party_aligned_media", "RUS",
                           "https://s1-new.112.ua/rosia-prigrozila-novimi-udarami-po-energetici-ukraini-58015"),
        "aggregate",
        "Россия оставляет за собой право на симметричный ответ: киевский режим продолжает атаки на объекты российской "
        "энергетики, демонстрируя нежелание достичь мира, заявила официальный представитель МИД Мария Захарова.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "киевский режим продолжает атаки на объекты российской энергетики",
           note="'продолжает' during the moratorium: from 18 March; the threat itself is conditional, no claim")])

    # --- MoD bulletin, 26 March
    p = "2025-03-26T13:00+03:00"
    add("ru-b2-07", p, src("Министерство обороны РФ", "party_official", "RUS", "https://apn.ru/index.php?newsid=47468"),
        "energy_bulletin",
        "Несмотря на заявления о приверженности договоренностям, ВСУ продолжают наносить удары по российской "
        "энергетической инфраструктуре. 26 марта около 4.45 мск в результате атаки украинского БПЛА на объект филиала "
        "ПАО «Россети Центр» – «Брянскэнерго» отключилась высоковольтная линия 10 кВ, без электроснабжения остались "
        "потребители Комаричского района. Днем 25 марта в Курской области в результате атаки украинского беспилотника "
        "на энергообъект филиала «Россети Центр» – «Курскэнерго» произошло каскадное отключение ряда подстанций, без "
        "света остались более 4 тыс. потребителей Хомутовского района.",
        [C("energy.electricity", "komarichi", around("2025-03-26T04:45+03:00", M), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation",
           "в результате атаки украинского БПЛА на объект филиала ПАО «Россети Центр» – «Брянскэнерго» отключилась высоковольтная линия 10 кВ",
           note="as batch 1 (ru-08): the object is not named, only the line that went off -> energy.electricity"),
         C("energy.electricity.substation", "khomutovka", daytime("2025-03-25", MSK, M), "strike.drone", "БПЛА", "UKR",
           "RUS", "accusation",
           "в результате атаки украинского беспилотника на энергообъект филиала «Россети Центр» – «Курскэнерго» произошло каскадное отключение ряда подстанций",
           note="as batch 1 (ru-16): substations went off -> substation; 'днем' read as 09:00-18:00")])

    # --- Peskov, 26 March (negative)
    p = "2025-03-26T15:30+03:00"
    add("ru-b2-08", p, src("Интерфакс", "independent_media", None, "https://apn.ru/index.php?newsid=47468"),
        "diplomatic",
        "Мораторий на удары по энергообъектам России и Украины — это хорошее продвижение вперед, и дальше нужно идти "
        "этим путем, заявил пресс-секретарь президента Дмитрий Песков. По его словам, в Кремле отдают себе отчет в "
        "недоговороспособности киевского режима, но все же считают, что мораторий должен соблюдаться.",
        [])

    # --- Pushilin, 1 April (Horlivka)
    p = "2025-04-01T10:20+03:00"
    add("ru-b2-09", p, src("Денис Пушилин, глава ДНР (оккупационные власти)", "party_official", "RUS",
                           "https://smotrim.ru./article/4433215"),
        "multi",
        "Сегодня утром вражеский беспилотник нанес удар по автобусу городского маршрута № 2 на площади Победы в центре "
        "Горловки — люди ехали на работу. Известно о 12 пострадавших, все они находились в салоне, им оказывается "
        "медицинская помощь. Кроме того, в результате обстрела ВФУ обесточены поселок Нижний Хутор и шахта имени Ленина.",
        [C("civilian.transport", "horlivka", T("2025-04-01T05:00+03:00", p, "hour", M), "strike.drone", "БПЛА", "UKR",
           "RUS", "accusation",
           "вражеский беспилотник нанес удар по автобусу городского маршрута № 2 на площади Победы в центре Горловки",
           note="occupied Donetsk region: country UKR"),
         C("energy.electricity", "horlivka", before(p, MSK, M, A7, "week"), "strike.artillery", "обстрел", "UKR", "RUS",
           "accusation", "в результате обстрела ВФУ обесточены поселок Нижний Хутор и шахта имени Ленина",
           note="power cut, no object named; Nizhny Khutor is part of Horlivka; no time in this sentence: 7-day window")])

    # --- MoD via Vesti, 3 April: four attacks + Zakharova
    p = "2025-04-03T12:30+03:00"
    b = before(p, MSK, M, 24, "day")
    add("ru-b2-10", p, src("Вести (по данным Минобороны РФ)", "party_aligned_media", "RUS",
                           "https://newskiev.ru/society/2025/04/03/656213.html"),
        "energy_bulletin",
        "За прошедшие сутки киевский режим четырежды атаковал объекты российской энергетики, сообщили в Минобороны. "
        "Ударом украинского беспилотника повреждена газораспределительная станция в Луганске. В Курской области БПЛА ВСУ "
        "атаковал объект «Курскэнерго». В Белгородской области украинская артиллерия обстреляла подстанцию «Максимовка». "
        "В Запорожской области ударный беспилотник ВСУ был направлен на электроподстанцию «Васильевка». Официальный "
        "представитель МИД Мария Захарова назвала эти удары попыткой Киева сорвать российско-американский диалог "
        "террористическими методами.",
        [C("energy.gas.distribution_station", "luhansk", b, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "Ударом украинского беспилотника повреждена газораспределительная станция в Луганске",
           note="occupied Luhansk: country UKR"),
         C("energy.electricity", "ru-kursk", b, "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "В Курской области БПЛА ВСУ атаковал объект «Курскэнерго»",
           note="an object of the grid company, kind not said: energy.electricity"),
         C("energy.electricity.substation", "ru-belgorod", b, "strike.artillery", "артиллерия", "UKR", "RUS",
           "accusation", "В Белгородской области украинская артиллерия обстреляла подстанцию «Максимовка»",
           name="подстанция «Максимовка»", note="village not placed: oblast centroid"),
         C("energy.electricity.substation", "vasylivka", b, "strike.drone", "ударный БПЛА", "UKR", "RUS", "accusation",
           "ударный беспилотник ВСУ был направлен на электроподстанцию «Васильевка»",
           name="подстанция «Васильевка»", note="attempt ('был направлен'); occupied Zaporizhzhia: country UKR")])

    # --- MoD via Gazeta.Ru, 2 April (aggregate)
    p = "2025-04-02T09:40+03:00"
    add("ru-b2-11", p, src("Газета.Ru (по данным Минобороны РФ)", "independent_media", None,
                           "https://gazeta.ru/army/news/2025/04/02/25457822.shtml"),
        "aggregate",
        "На фоне заявлений различных представителей Украины, начиная с Зеленского, о соблюдении ограничений на удары по "
        "энергетике России ВСУ планомерно наносят удары беспилотниками и артиллерией по российской энергетической "
        "инфраструктуре, говорится в сообщении Минобороны. Российская сторона исходит из того, что мораторий вступил в "
        "силу 18 марта, когда Владимир Путин отдал соответствующий приказ.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", "БПЛА, артиллерия", "UKR", "RUS", "accusation",
           "ВСУ планомерно наносят удары беспилотниками и артиллерией по российской энергетической инфраструктуре",
           note="the MoD is quoted: claimant RUS")])

    # --- Interfax, 5 April: Mordovia
    p = "2025-04-05T13:30+03:00"
    add("ru-b2-12", p, src("Интерфакс", "independent_media", None, "https://www.trtworld.com/article/35f047244cb6"),
        "multi",
        "Украинские беспилотники в субботу атаковали промышленный объект в Мордовии, сообщил глава республики Артем "
        "Здунов. По данным СМИ, удар пришелся по заводу оптоволокна в Саранске.",
        [C("civilian.industry", "ru-mordovia", day("2025-04-05", MSK, M, p), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "Украинские беспилотники в субботу атаковали промышленный объект в Мордовии",
           note="an industrial object of unsaid kind: civilian.industry (as uk-02 of batch 1)"),
         C("civilian.industry", "saransk", day("2025-04-05", MSK, M, p), "strike.drone", "БПЛА", "UKR", None,
           "observation", "удар пришелся по заводу оптоволокна в Саранске",
           name="завод оптоволокна", note="'по данным СМИ': claimant null")])

    # --- MoD tally, 17 April (negative)
    p = "2025-04-17T10:30+03:00"
    add("ru-b2-13", p, src("ТАСС", "party_aligned_media", "RUS", "https://tass.com/politics/1944801"),
        "air_defence_tally",
        "Минувшей ночью дежурные средства ПВО перехватили и уничтожили 71 украинский беспилотник над шестью регионами: "
        "49 — над Курской областью, по семь — над Орловской и Рязанской, четыре — над Брянской, три — над Владимирской и "
        "один — над Тульской, сообщили в Минобороны. Губернаторы Рязанской и Орловской областей сообщили, что "
        "пострадавших и разрушений нет.",
        [])

    # --- Ivanovo regional government, 17 April
    p = "2025-04-17T09:15+03:00"
    add("ru-b2-14", p, src("Правительство Ивановской области", "party_official", "RUS",
                           "https://www.devdiscourse.com/article/law-order/3349228-russian-air-defense-thwarts-massive-ukrainian-drone-offensive"),
        "accusation",
        "Ночью украинские беспилотники пытались атаковать Шую. По предварительным данным, пострадавших и разрушений нет. "
        "Оперативные службы работают на месте.",
        [C("unknown", "shuya", night("2025-04-17", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "украинские беспилотники пытались атаковать Шую", note="attempt on a town, no object: unknown")])

    # --- TASS, 18 April: counts by region, 17 April attacks, Duma deputy
    p = "2025-04-18T12:30+03:00"
    q1 = "удары ВСУ по энергетике чаще всего приходились на Курскую, Белгородскую и Брянскую области"
    q2 = "17 апреля украинские военные атаковали энергообъекты в Рязанской, Тверской и Тульской областях"
    s18 = since(MORATORIUM, p, M)
    d17 = day("2025-04-17", MSK, M)
    add("ru-b2-15", p, src("ТАСС", "party_aligned_media", "RUS", "https://tass.com/politics/1945993"),
        "multi",
        "По подсчетам ТАСС, с начала моратория удары ВСУ по энергетике чаще всего приходились на Курскую, Белгородскую и "
        "Брянскую области. 17 апреля украинские военные атаковали энергообъекты в Рязанской, Тверской и Тульской "
        "областях, и число регионов, пострадавших от таких ударов, выросло до 18. По словам первого зампреда "
        "думского комитета по делам СНГ Виктора Водолацкого, атакуя энергетику России в период моратория, Киев показал "
        "США, что договоренности с Трампом для него ничего не значат.",
        [C("energy", "ru-kursk", s18, "strike", None, "UKR", "RUS", "accusation", q1),
         C("energy", "ru-belgorod", s18, "strike", None, "UKR", "RUS", "accusation", q1),
         C("energy", "ru-bryansk", s18, "strike", None, "UKR", "RUS", "accusation", q1),
         C("energy", "ru-ryazan", d17, "strike", None, "UKR", "RUS", "accusation", q2),
         C("energy", "ru-tver", d17, "strike", None, "UKR", "RUS", "accusation", q2),
         C("energy", "ru-tula", d17, "strike", None, "UKR", "RUS", "accusation", q2),
         C("energy", "RUS", s18, "strike", None, "UKR", "RUS", "accusation",
           "атакуя энергетику России в период моратория",
           note="a country-level accusation beside the named oblasts, as batch 1's enw-14")])

    # --- Kremlin, 19 April: Easter truce + 'over 100 violations'
    p = "2025-04-19T18:20+03:00"
    add("ru-b2-16", p, src("Кремль", "party_official", "RUS",
                           "https://www.ir-ia.com/news/russia-and-ukraine-exchange-blame-for-violating-easter-ceasefire"),
        "aggregate",
        "Владимир Путин объявил пасхальное перемирие — с 18:00 субботы до 00:00 понедельника по московскому времени — и "
        "приказал прекратить на этот период все боевые действия. «Ожидаем, что украинская сторона последует нашему "
        "примеру», — сказал он. Президент также напомнил, что Киев более ста раз нарушил договоренность не наносить "
        "удары по энергетической инфраструктуре.",
        [C("energy", "RUS", since(MORATORIUM, p, M), "strike", None, "UKR", "RUS", "accusation",
           "Киев более ста раз нарушил договоренность не наносить удары по энергетической инфраструктуре",
           note="Russia's infrastructure implied; the truce order itself is no claim")])

    # --- MoD, 20 April: Easter truce violations
    p = "2025-04-20T12:00+03:00"
    tr = T(TRUCE, p, "day", M)
    q = "нанес более 900 ударов дронами, в том числе по приграничным районам Брянской, Курской и Белгородской областей"
    nt = "people hurt + unspecified infrastructure in border districts: civilian; the truce named as a time"
    add("ru-b2-17", p, src("Министерство обороны РФ", "party_official", "RUS",
                           "https://www.devdiscourse.com/article/law-order/3352274-ukraine-breaks-easter-truce-over-1000-violations-accused-by-russia"),
        "multi",
        "Несмотря на объявленное пасхальное перемирие, ночью подразделения ВСУ предприняли попытки атаковать позиции "
        "российских войск в районах населенных пунктов Сухая Балка и Богатырь, все атаки отражены. Кроме того, "
        "противник применил 48 беспилотников самолетного типа, в том числе по Крыму, выполнил 444 обстрела из орудий и "
        "минометов и нанес более 900 ударов дронами, в том числе по приграничным районам Брянской, Курской и "
        "Белгородской областей. Есть пострадавшие среди мирного населения, повреждены объекты инфраструктуры. Всего "
        "зафиксировано более тысячи нарушений режима прекращения огня.",
        [C("unknown", "ua-crimea", tr, "strike.drone", "БПЛА самолетного типа", "UKR", "RUS", "accusation",
           "противник применил 48 беспилотников самолетного типа, в том числе по Крыму",
           note="drones used against Crimea, no object: unknown; the assaults on positions are front-line, no claim"),
         C("civilian", "ru-bryansk", tr, "strike.drone", "дроны", "UKR", "RUS", "accusation", q, note=nt),
         C("civilian", "ru-kursk", tr, "strike.drone", "дроны", "UKR", "RUS", "accusation", q, note=nt),
         C("civilian", "ru-belgorod", tr, "strike.drone", "дроны", "UKR", "RUS", "accusation", q, note=nt)])

    # --- Belgorod governor, 20 April (no time)
    p = "2025-04-20T13:30+03:00"
    add("ru-b2-18", p, src("Вячеслав Гладков, губернатор Белгородской области", "party_official", "RUS",
                           "https://wenewsenglish.com/russia-ukraine-accuse-each-other-of-violating-easter-truce"),
        "accusation",
        "В Белгородской области в результате атаки беспилотника ВСУ ранены женщина и двое детей. Пострадавшим "
        "оказывается вся необходимая медицинская помощь. Информация о последствиях уточняется.",
        [C("civilian", "ru-belgorod", before(p, MSK, M, A7, "week"), "strike.drone", "БПЛА", "UKR", "RUS",
           "accusation", "В Белгородской области в результате атаки беспилотника ВСУ ранены женщина и двое детей",
           note="no time and no village in the text: 7-day window, oblast centroid")])

    # --- Horlivka head, 20 April (no time)
    p = "2025-04-20T14:30+03:00"
    add("ru-b2-19", p, src("Иван Приходько, глава Горловки (оккупационные власти)", "party_official", "RUS",
                           "https://wenewsenglish.com/russia-ukraine-accuse-each-other-of-violating-easter-truce"),
        "accusation",
        "В результате обстрела ВФУ в Горловке ранены двое мирных жителей. Медики оказывают им необходимую помощь.",
        [C("civilian", "horlivka", before(p, MSK, M, A7, "week"), "strike.artillery", "обстрел", "UKR", "RUS",
           "accusation", "В результате обстрела ВФУ в Горловке ранены двое мирных жителей",
           note="no time in the text: 7-day window; occupied: country UKR")])

    # --- MoD, 21 April (negative)
    p = "2025-04-21T10:00+03:00"
    add("ru-b2-20", p, src("Министерство обороны РФ", "party_official", "RUS", "https://www.pravda.com.ua/eng/news/2025/04/21/7508472/"),
        "front_line_summary",
        "С окончанием перемирия Вооруженные силы Российской Федерации продолжили проведение специальной военной "
        "операции. В период перемирия российские военнослужащие строго соблюдали режим прекращения огня и оставались на "
        "ранее занимаемых рубежах и позициях, тогда как противник продолжал обстреливать наши войска и запускать "
        "беспилотники.",
        [])

    # --- TASS, 27 April: Lavrov
    p = "2025-04-27T11:00+03:00"
    mor = T(MORATORIUM, MORATORIUM_END, "month", M)
    add("ru-b2-21", p, src("ТАСС", "party_aligned_media", "RUS", "https://tass.com/politics/1950111"),
        "multi",
        "Глава МИД России Сергей Лавров заявил в интервью CBS, что направил госсекретарю США Марко Рубио и в ООН "
        "список нарушений Украиной моратория на удары по энергетическим объектам. По его словам, украинская сторона "
        "нарушала мораторий «несколько сотен раз», тогда как Россия никогда не нарушала это обязательство президента "
        "Путина. По данным ТАСС, с 18 марта по 16 апреля ВСУ атаковали энергообъекты в 15 российских регионах с "
        "применением беспилотников и артиллерии, в том числе HIMARS.",
        [C("energy", "RUS", mor, "strike", "БПЛА, артиллерия, HIMARS", "UKR", "RUS", "accusation",
           "украинская сторона нарушала мораторий «несколько сотен раз»",
           note="the moratorium as the time (18 March - 16 April); TASS's '15 regions' is the same place, "
                "category and claimant: merged"),
         C("energy", "UKR", mor, "strike", None, "RUS", "RUS", "denial",
           "Россия никогда не нарушала это обязательство президента Путина", note="as batch 1's ru-22")])

    # --- Kursk governor, 29 April
    p = "2025-04-29T12:00+03:00"
    add("ru-b2-22", p, src("Александр Хинштейн, врио губернатора Курской области", "party_official", "RUS",
                           "https://dddkursk.ru/number/1593/new/020149"),
        "accusation",
        "Сегодня Рыльск подвергся массированной атаке украинских беспилотников. Повреждены три двухэтажных "
        "многоквартирных дома, частный дом и здание детского сада. Пострадали трое мирных жителей: мужчину 45 лет и "
        "девушку 21 года ранило осколками стекол, им оказана помощь в Рыльской ЦРБ; еще один мужчина от госпитализации "
        "отказался. В одном из домов загорелась кровля, пожар потушен.",
        [C("civilian", "rylsk", day("2025-04-29", MSK, M, p), "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "Рыльск подвергся массированной атаке украинских беспилотников",
           note="houses + a kindergarten: civilian")])

    # --- Nizhny Novgorod governor, 29 April
    p = "2025-04-29T08:30+03:00"
    add("ru-b2-23", p, src("Глеб Никитин, губернатор Нижегородской области", "party_official", "RUS",
                           "https://kyivindependent.com/ukrainian-drones-reportedly-target-ryazan-nizhny-novgorod-oblasts-in-russia/"),
        "accusation",
        "Ночью над двумя районами области отражена атака БПЛА на Дзержинск. Последствий нет. Благодарю всех, кто "
        "обеспечивает безопасность жителей.",
        [C("unknown", "dzerzhinsk", night("2025-04-29", MSK, M), "strike.drone", "БПЛА", "UKR", "RUS", "accusation",
           "отражена атака БПЛА на Дзержинск", note="a repelled attack on a named town: claim, target unknown; actor inferred")])

    # --- MoD tally, 29 April (negative)
    p = "2025-04-29T08:00+03:00"
    add("ru-b2-24", p, src("Министерство обороны РФ", "party_official", "RUS",
                           "https://kyivindependent.com/ukrainian-drones-reportedly-target-ryazan-nizhny-novgorod-oblasts-in-russia/"),
        "air_defence_tally",
        "В течение прошедшей ночи дежурными средствами ПВО перехвачен и уничтожен 91 украинский беспилотный летательный "
        "аппарат самолетного типа, в том числе 11 — над Рязанской областью и восемь — над Нижегородской. Беспилотники "
        "также сбиты над Курской, Орловской, Московской, Белгородской, Калужской, Брянской областями и Крымом.",
        [])

    # --- Peskov, 18 April (negative)
    p = "2025-04-18T13:40+03:00"
    add("ru-b2-25", p, src("Интерфакс", "independent_media", None, "https://tass.com/politics/1945993"),
        "diplomatic",
        "Срок 30-дневного моратория на удары по объектам энергетики истек, новых указаний президент не давал, сообщил "
        "журналистам пресс-секретарь Кремля Дмитрий Песков.",
        [])

    # --- airports, 11 March (negative)
    p = "2025-03-11T07:30+03:00"
    add("ru-b2-26", p, src("Росавиация", "party_official", "RUS", MOSCOW_11),
        "other",
        "В целях обеспечения безопасности полетов введены временные ограничения на работу аэропортов Шереметьево, "
        "Внуково, Домодедово и Жуковский. Возможны изменения в расписании рейсов.",
        [])

    # --- MoD briefing, 20 March: admitted strikes (daily summary)
    p = "2025-03-20T14:00+03:00"
    add("ru-b2-27", p, src("Игорь Конашенков, официальный представитель Минобороны РФ", "party_official", "RUS",
                           "https://runews24.ru/amp/politics/20/03/2025/rossijskie-vojska-unichtozhili-eshelon-vsu-i-sbili-bolee-200-dronov-v-xode-masshtabnoj-operaczii"),
        "admission",
        "Оперативно-тактической авиацией, ударными беспилотными летательными аппаратами, ракетными войсками и артиллерией "
        "группировок войск Вооруженных сил Российской Федерации нанесено поражение объектам инфраструктуры военных "
        "аэродромов, пунктам управления и местам хранения беспилотных летательных аппаратов, воинскому эшелону с "
        "боеприпасами и вооружением ВСУ, а также скоплениям живой силы и техники противника в 153 районах.",
        [C("military", "UKR", before(p, MSK, M, 48, "day"), "strike", "авиация, БПЛА, ракетные войска, артиллерия",
           "RUS", "RUS", "admission",
           "нанесено поражение объектам инфраструктуры военных аэродромов, пунктам управления и местам хранения беспилотных летательных аппаратов, воинскому эшелону с боеприпасами и вооружением ВСУ",
           note="daily summary: airfields + command posts + drone stores + an ammunition train -> military, country "
                "place; undated in a daily MoD summary: publication - 48 h (README table); the troop concentrations "
                "'в 153 районах' are front-line")])
    return R
