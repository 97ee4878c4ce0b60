"""Ukrainian reports (uk-NN): written here in our own words, in the style of the named source, stating facts the
page in source.url reports. Labels typed by reading; see README, 'Gold labels: extraction, written in other sources'
styles'."""

from build_gold import A7, K, C, T, around, before, day, night, src

UKR_OFF = "+02:00"  # Kyiv until 30 March 03:00
UKR_SUM = "+03:00"  # Kyiv from 30 March


def reports() -> list:
    R = []

    def add(rid, pub, source, kind, text, claims):
        R.append((rid, pub, source, kind, text, claims))

    # --- Naftogaz, 7 March
    p = "2025-03-07T09:15+02:00"
    add("uk-01", p, src("Група Нафтогаз (пресслужба)", "party_official", "UKR",
                        "https://uanews.net/post/682547-rosiya-zdiysnyla-vzhe-17-ataku-na-obyekty-kompaniyi---naftohaz"),
        "energy_statement",
        "Ворог знову атакував об'єкти Групи Нафтогаз. Цієї ночі росія завдала вже сімнадцятого комбінованого удару по "
        "нашій газовій інфраструктурі — пошкоджено виробничі потужності, що забезпечують видобуток газу. На щастя, "
        "люди не постраждали. Фахівці ліквідовують наслідки обстрілу й оцінюють збитки. Робимо все, щоб країна була з газом.",
        [C("energy.gas.production", "UKR", night("2025-03-07", UKR_OFF, K), "strike", "комбінований удар", "RUS",
           "UKR", "accusation",
           "Цієї ночі росія завдала вже сімнадцятого комбінованого удару по нашій газовій інфраструктурі",
           note="region not named: country-level place; 'production capacities' gives gas.production")])

    # --- Ministry of Energy + oblasts, 7 March (news site)
    p = "2025-03-07T11:40+02:00"
    add("uk-02", p, src("Радіо Свобода", "independent_media", None,
                        "https://rfe.pangea-cms.com/preview/uk-UA/a/news-halushchenko-ataka-rosiyi-hazova-enerhetychna-infrastruktura/33339397.html"),
        "multi",
        "У ніч на 7 березня Росія масовано обстріляла ракетами й дронами енергетичну та газову інфраструктуру в "
        "кількох регіонах, повідомив міністр енергетики Герман Галущенко. За даними Полтавської ОВА, у Миргородському "
        "районі через атаку пошкоджено газопровід. На Тернопільщині, за словами голови ОВА В'ячеслава Негоди, ракети "
        "влучили в критичний промисловий об'єкт, тож можливі обмеження подачі газу.",
        [C("energy", "UKR", night("2025-03-07", UKR_OFF, K), "strike", "ракети й дрони", "RUS", "UKR", "accusation",
           "Росія масовано обстріляла ракетами й дронами енергетичну та газову інфраструктуру"),
         C("energy.gas.pipeline", "myrhorod", night("2025-03-07", UKR_OFF, K), "strike", None, "RUS", "UKR",
           "accusation", "у Миргородському районі через атаку пошкоджено газопровід"),
         C("civilian.industry", "ua-ternopil", night("2025-03-07", UKR_OFF, K), "strike.missile", "ракети", "RUS",
           "UKR", "accusation", "ракети влучили в критичний промисловий об'єкт",
           note="'critical industrial object' as the text names it, though gas supply is affected; arguable (energy.gas)")])

    # --- Air Force, 14 March: tally + one hit
    p = "2025-03-14T09:20+02:00"
    add("uk-03", p, src("Повітряні сили ЗСУ", "party_official", "UKR", "https://wz.lviv.ua/news/529486-unochi-syly-ppo-zbyly-16-iz-27-vorozhykh-bpla"),
        "air_defence_tally_with_hit",
        "У ніч на 14 березня противник атакував 27 ударними БпЛА типу Shahed і дронами-імітаторами різних типів, пуски — "
        "з Міллерово та Приморсько-Ахтарська. Станом на 09:00 збито 16 «шахедів» у Дніпропетровській, Запорізькій, "
        "Донецькій та Харківській областях, ще 9 імітаторів локаційно втрачені без негативних наслідків. На Харківщині "
        "ворожий дрон влучив у лікарню в селищі Золочів, а коли на місці працювали рятувальники, окупанти вдарили повторно.",
        [C("civilian.medical", "zolochiv", night("2025-03-14", UKR_OFF, K), "strike.drone", "дрон", "RUS", "UKR",
           "accusation", "ворожий дрон влучив у лікарню в селищі Золочів",
           note="'У ніч на 14 березня' of the opening sentence taken as the time of the hit")])

    # --- Air Force tally, 15 March (negative)
    p = "2025-03-15T09:10+02:00"
    add("uk-04", p, src("Повітряні сили ЗСУ", "party_official", "UKR",
                        "https://pravdorub.live/%d1%81%d0%b8%d0%bb%d0%b8-%d0%bf%d0%bf%d0%be-%d0%b7%d0%b1%d0%b8%d0%bb%d0%b8-47-%d1%96%d0%b7-72-%d0%b1%d0%b5%d0%b7%d0%bf%d1%96%d0%bb%d0%be%d1%82%d0%bd%d0%b8%d0%ba%d1%96%d0%b2-%d1%89%d0%b5-24-%d0%b4"),
        "air_defence_tally",
        "У ніч на 15 березня ворог запустив по Україні 72 ударні БпЛА та дрони-імітатори. Сили ППО знешкодили 47 із них, "
        "ще 24 локаційно втрачені, один на момент звіту залишався в повітрі. Збиття підтверджено в Полтавській, Сумській, "
        "Харківській, Київській, Чернігівській, Черкаській, Кіровоградській, Дніпропетровській, Одеській, Херсонській та "
        "Миколаївській областях.",
        [])

    # --- General Staff admissions: Ryazan, Novokuibyshevsk (10 March)
    p = "2025-03-10T12:00+02:00"
    add("uk-05", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://corruptua.org/genshtab-zsu-pidtverdyv-udary-rosijskyh/"),
        "admission",
        "Сили оборони продовжують уражати об'єкти, які забезпечують армію загарбників. У ніч на 9 березня українські "
        "безпілотники атакували Рязанський НПЗ, що виробляє, зокрема, пальне для реактивних двигунів російської авіації; "
        "в районі цілі зафіксовано вибухи. У ніч проти 10 березня уражено виробничі потужності Новокуйбишевського НПЗ у "
        "Самарській області — пальне звідти йде на забезпечення угруповання ворога на північному напрямку. Наслідки "
        "уточнюються.",
        [C("energy.oil.refinery", "ryazan-ref", night("2025-03-09", UKR_OFF, K), "strike.drone", "безпілотники", "UKR",
           "UKR", "admission", "безпілотники атакували Рязанський НПЗ", name="Рязанський НПЗ"),
         C("energy.oil.refinery", "novokuib-ref", night("2025-03-10", UKR_OFF, K), "strike", None, "UKR", "UKR",
           "admission", "уражено виробничі потужності Новокуйбишевського НПЗ у Самарській області",
           name="Новокуйбишевський НПЗ", note="the drones are named only in the first sentence: act 'strike' here")])

    # --- General Staff admission: Moscow refinery, Stalnoy Kon (11 March)
    p = "2025-03-11T11:30+02:00"
    add("uk-06", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://mind.ua/news/20286263-genshtab-ukrayinski-droni-vrazili-virobnichi-potuzhnosti-moskovskogo-npz"),
        "admission",
        "У ніч проти 11 березня Сили оборони уразили низку стратегічних об'єктів рф, задіяних у забезпеченні збройної "
        "агресії проти України. Зафіксовано влучання у виробничі потужності Московського нафтопереробного заводу, який "
        "може переробляти 11 млн тонн нафти на рік і дає москві 40–50% дизеля та бензину. Також зафіксовано вибухи в районі "
        "лінійної виробничо-диспетчерської станції «Стальной конь» в Орловській області рф, через яку керують "
        "перекачуванням нафтопродуктів.",
        [C("energy.oil.refinery", "moscow-ref", night("2025-03-11", UKR_OFF, K), "strike", None, "UKR", "UKR",
           "admission", "Зафіксовано влучання у виробничі потужності Московського нафтопереробного заводу",
           name="Московський НПЗ"),
         C("energy.oil.pumping_station", "ru-oryol", night("2025-03-11", UKR_OFF, K), "strike", None, "UKR", "UKR",
           "admission", "зафіксовано вибухи в районі лінійної виробничо-диспетчерської станції «Стальной конь»",
           name="ЛВДС «Стальной конь»",
           note="'explosions in the area' of the station in a strike summary: admission of a strike on it; oblast-level place")])

    # --- General Staff admission: Engels (20 March)
    p = "2025-03-20T11:00+02:00"
    add("uk-07", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://kp.ua./politics/a707687-henshtab-podtverdil-udar-po-stratehicheskomu-aerodromu-enhels"),
        "admission",
        "У ніч з 19 на 20 березня підрозділи СБУ та Сил спеціальних операцій ЗСУ спільно з іншими складовими Сил оборони "
        "уразили аеродром «Енгельс» у Саратовській області рф. У районі аеродрому зафіксовано пожежу, вибухи та вторинну "
        "детонацію боєприпасів. Звідси окупанти піднімають літаки для ракетних ударів по Україні. Дякуємо воїнам за влучність!",
        [C("military.airbase", "engels-af", night("2025-03-20", UKR_OFF, K), "strike", None, "UKR", "UKR", "admission",
           "уразили аеродром «Енгельс» у Саратовській області рф", name="аеродром «Енгельс»")])

    # --- independent observation of Engels (ASTRA relayed by a Ukrainian news site)
    p = "2025-03-20T12:40+02:00"
    add("uk-08", p, src("Новини Донбасу", "independent_media", None, "https://novosti.dn.ua/news/393630-ataka-droniv-na-vijskovyj-aerodrom-v-engelsi-urazhenyj-sklad-aviatsijnyh-boyeprypasiv-poraneni"),
        "observation",
        "Уночі 20 березня під час атаки безпілотників на військовому аеродромі в Енгельсі Саратовської області було уражено "
        "склад авіаційних боєприпасів — про це пише ASTRA з посиланням на джерела. Спалахнула пожежа, за кілька годин почали "
        "детонувати боєприпаси, поранено трьох російських військових. У місті пошкоджено 180 приватних будинків, 120 "
        "мешканців евакуювали.",
        [C("military.depot", "engels-af", night("2025-03-20", UKR_OFF, K), "strike.drone", "безпілотники", "UKR", None,
           "observation", "на військовому аеродромі в Енгельсі Саратовської області було уражено склад авіаційних боєприпасів",
           note="perpetrator not named; inferred from the framing (a drone attack on Russia reported as a hit)"),
         C("civilian.residential", "engels-town", night("2025-03-20", UKR_OFF, K), "strike.drone", "безпілотники",
           "UKR", None, "observation", "У місті пошкоджено 180 приватних будинків")])

    # --- Air Force commander, 23 March (negative tally)
    p = "2025-03-23T09:05+02:00"
    add("uk-09", p, src("Командувач Повітряних сил ЗСУ", "party_official", "UKR", "https://novosti-n.org/ua/news/Nichna-ataka-u-Povitryanyh-sylah-rozpovily-skilky-droniv-zbyly-syly-PPO-288438"),
        "air_defence_tally",
        "У ніч на 23 березня ворог атакував 34 ударними БпЛА типу Shahed, райони пусків — Курська область рф і мис Чауда. "
        "Мобільні вогневі групи, зенітні підрозділи та авіація знищили 31 «шахед» над Полтавщиною, Миколаївщиною, "
        "Дніпропетровщиною, Запоріжжям і Херсонщиною. Бойова робота ППО тривала понад сім годин.",
        [])

    # --- news site, 25 March: night attack, hits in two oblasts
    p = "2025-03-25T08:48+02:00"
    add("uk-10", p, src("UAPost", "independent_media", None, "https://uapost.news/articles/ataka-rosii-34-droni-zbito-postrazhdali-4-liudini"),
        "multi",
        "У ніч на вівторок, 25 березня, росіяни атакували Україну балістичною ракетою «Іскандер-М» і 139 ударними "
        "дронами. Під ударом опинилися сім областей. На Полтавщині, за словами начальника ОВА Володимира Когута, уламки "
        "пошкодили ангар підприємства в Миргородському районі, двоє працівників поранені. У Запорізькому районі внаслідок "
        "атаки частково зруйновано приватний будинок, поранені двоє людей.",
        [C("civilian.industry", "myrhorod", night("2025-03-25", UKR_OFF, K), "strike.drone", "дрони (уламки)", "RUS",
           "UKR", "accusation", "уламки пошкодили ангар підприємства в Миргородському районі"),
         C("civilian.residential", "zaporizhzhia-d", night("2025-03-25", UKR_OFF, K), "strike", None, "RUS", None,
           "observation", "У Запорізькому районі внаслідок атаки частково зруйновано приватний будинок",
           note="no official named for this sentence: claimant null (the news site)")])

    # --- General Staff denial, 26 March
    p = "2025-03-26T16:10+02:00"
    deny = T("2025-03-25T00:00+02:00", "2025-03-27T00:00+02:00", "day", K)
    add("uk-11", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://en.interfax.com.ua/news/general/1058902.html"),
        "denial",
        "Заяви міністерства оборони рф про нібито порушення Україною умов припинення вогню щодо енергетичних об'єктів не "
        "відповідають дійсності. 25–26 березня Сили оборони України не завдавали ударів БпЛА по енергооб'єктах рф у "
        "Курській та Брянській областях, а також по енергетиці на тимчасово окупованій території Криму. Військове "
        "відомство країни-агресора поширює неправдиві й безпідставні звинувачення, щоб затягнути війну.",
        [C("energy", "ru-kursk", deny, "strike.drone", "БпЛА", "UKR", "UKR", "denial",
           "не завдавали ударів БпЛА по енергооб'єктах рф у Курській та Брянській областях"),
         C("energy", "ru-bryansk", deny, "strike.drone", "БпЛА", "UKR", "UKR", "denial",
           "не завдавали ударів БпЛА по енергооб'єктах рф у Курській та Брянській областях"),
         C("energy", "ua-crimea", deny, "strike.drone", "БпЛА", "UKR", "UKR", "denial",
           "по енергетиці на тимчасово окупованій території Криму")])

    # --- Ukrainska Pravda, 26 March: statement about the agreement (negative)
    p = "2025-03-26T18:30+02:00"
    add("uk-12", p, src("Українська правда", "independent_media", None, "https://www.pravda.com.ua/eng/news/2025/03/26/7504646/"),
        "diplomatic",
        "Міністерство енергетики у відповідь на запит «Європейської правди» повідомило, що Київ погодив зі США перелік "
        "енергетичних об'єктів, по яких Росія має припинити удари в межах часткового перемир'я. Цей перелік відрізняється "
        "від того, на якому наполягає Москва. Працювати над забороною ударів по енергетиці делегації США, України та Росії "
        "домовилися після переговорів у Саудівській Аравії 23–25 березня.",
        [])

    # --- Zelensky, 1 April (Kherson)
    p = "2025-04-01T21:40+03:00"
    add("uk-13", p, src("Володимир Зеленський (вечірнє звернення)", "party_official", "UKR", "https://news.liga.net/en/politics/news/ukraine-shares-evidence-of-russia-violating-energy-truce-with-us-zelenskyy"),
        "accusation",
        "Сьогодні знову був удар по Херсону: російський дрон цілком свідомо й цілеспрямовано бив по енергетичному об'єкту "
        "та обладнанню, частина міста залишилася без світла. Ми передаємо американській стороні інформацію про кожне таке "
        "порушення. Кожне порушення з боку Росії має бути задокументоване, і партнери мають на нього відповідати.",
        [C("energy", "kherson", day("2025-04-01", UKR_SUM, K, p), "strike.drone", "дрон", "RUS", "UKR", "accusation",
           "російський дрон цілком свідомо й цілеспрямовано бив по енергетичному об'єкту та обладнанню")])

    # --- Zelensky via UP, 2 April
    p = "2025-04-02T19:00+03:00"
    add("uk-14", p, src("Володимир Зеленський", "party_official", "UKR", "https://www.pravda.com.ua/eng/news/2025/04/2/7505645/"),
        "multi",
        "За минулу добу росіяни скинули на Сумщину майже 50 керованих авіабомб. Били й по нашій енергетиці: на Сумщині "
        "FPV-дрон влучив у підстанцію, а в Нікополі на Дніпропетровщині артилерія пошкодила лінію електропередачі — без "
        "світла залишилися майже 4 тисячі споживачів. Путін не хоче навіть часткового припинення вогню, тому потрібен "
        "новий і відчутний тиск на Росію.",
        [C("unknown", "ua-sumy", before(p, UKR_SUM, K, 24, "day"), "strike.air", "майже 50 КАБ", "RUS", "UKR",
           "accusation", "росіяни скинули на Сумщину майже 50 керованих авіабомб",
           note="oblast named, no target: a claim with target unknown"),
         C("energy.electricity.substation", "ua-sumy", before(p, UKR_SUM, K, 24, "day"), "strike.drone", "FPV-дрон",
           "RUS", "UKR", "accusation", "на Сумщині FPV-дрон влучив у підстанцію"),
         C("energy.electricity.line", "nikopol", before(p, UKR_SUM, K, 24, "day"), "strike.artillery", "артилерія",
           "RUS", "UKR", "accusation",
           "в Нікополі на Дніпропетровщині артилерія пошкодила лінію електропередачі")])

    # --- Kharkiv, night of 4 April
    p = "2025-04-04T10:00+03:00"
    add("uk-15", p, src("UNITED24 Media", "party_aligned_media", "UKR", "https://united24media.com/latest-news/russia-violated-energy-ceasefire-agreement-again-zelenskyy-says-7361"),
        "accusation",
        "У ніч на 4 квітня росіяни атакували Харків шістьма «шахедами». Загинули п'ятеро людей, ще 34 поранені, "
        "рятувальна операція триває. Загалом за ніч ворог запустив по Україні 78 ударних дронів, із них 56 «шахедів».",
        [C("civilian", "kharkiv", night("2025-04-04", UKR_SUM, K), "strike.drone", "6 Shahed", "RUS", "UKR",
           "accusation", "росіяни атакували Харків шістьма «шахедами»",
           note="no official named: claimant is the source's party (a Ukrainian state media outlet)")])

    # --- Kherson TPP, 4 April
    p = "2025-04-04T20:30+03:00"
    add("uk-16", p, src("Тут Херсон", "independent_media", None, "https://tut.kherson.ua/?p=47677"),
        "accusation",
        "4 квітня російські війська вдарили FPV-дроном по Херсонській тепловій електростанції, повідомив президент "
        "Володимир Зеленський. За його словами, такі удари не можуть бути випадковими: росіяни знають, що б'ють по "
        "енергооб'єкту, який мав би бути захищений згідно із зобов'язаннями Москви перед США.",
        [C("energy.electricity.generation.thermal", "kherson", day("2025-04-04", UKR_SUM, K, p), "strike.drone",
           "FPV-дрон", "RUS", "UKR", "accusation",
           "російські війська вдарили FPV-дроном по Херсонській тепловій електростанції",
           name="Херсонська ТЕС")])

    # --- Kryvyi Rih, 4 April (head of city military administration)
    p = "2025-04-04T21:30+03:00"
    add("uk-17", p, src("Олександр Вілкул, начальник Криворізької МВА", "party_official", "UKR",
                        "https://newspaperguru.com/war-in-ukraine/zelensky-calls-for-increased-pressure-on-russia-following-drone-attack-on-kherson-power-plant"),
        "accusation",
        "Ворог балістичною ракетою вдарив по Кривому Рогу — влучання в житловий квартал. Горять будинки, руйнування "
        "значні. На цю хвилину відомо про 16 загиблих, серед них шестеро дітей, понад 50 людей поранені. Усі служби "
        "працюють на місці.",
        [C("civilian.residential", "kryvyi-rih", before(p, UKR_SUM, K, 12, "day"), "strike.missile",
           "балістична ракета", "RUS", "UKR", "accusation",
           "Ворог балістичною ракетою вдарив по Кривому Рогу — влучання в житловий квартал",
           note="no date; present tense ('горять') gives publication - 12 h")])

    # --- Sumy, 13 April (acting mayor)
    p = "2025-04-13T11:20+03:00"
    add("uk-18", p, src("Артем Кобзар, в.о. міського голови Сум", "party_official", "UKR",
                        "https://www.newindianexpress.com/world/2025/Apr/13/more-than-20-people-killed-in-russian-missile-attack-on-ukrainian-city-of-sumy-2"),
        "accusation",
        "Сьогодні, у світлу Вербну неділю, наша громада пережила страшну трагедію. Близько 10:15 ворог двома "
        "балістичними ракетами вдарив по центру Сум, де в цей час було багато людей. На жаль, уже відомо про понад "
        "20 загиблих. Рятувальники та медики працюють на місці.",
        [C("civilian", "sumy", around("2025-04-13T10:15+03:00", K), "strike.missile", "2 балістичні ракети", "RUS",
           "UKR", "accusation", "Близько 10:15 ворог двома балістичними ракетами вдарив по центру Сум")])

    # --- MFA spokesman, 16 April
    p = "2025-04-16T14:00+03:00"
    tru = T("2025-03-25T00:00+02:00", "2025-04-16T14:00+03:00", "month", K)
    q = "Удари припадали, зокрема, на Херсонську, Миколаївську та Полтавську області"
    add("uk-19", p, src("МЗС України, речник Георгій Тихий", "party_official", "UKR", "https://www.devdiscourse.com/article/law-order/3348420-ukraine-accuses-russia-of-repeated-energy-strikes"),
        "aggregate",
        "Відколи з 25 березня діє енергетичне перемир'я, Росія вже понад 30 разів атакувала енергетичну інфраструктуру "
        "України, заявив речник МЗС Георгій Тихий. Удари припадали, зокрема, на Херсонську, Миколаївську та Полтавську "
        "області. Порушення домовленості фіксуються майже щодня.",
        [C("energy", "ua-kherson", tru, "strike", None, "RUS", "UKR", "accusation", q),
         C("energy", "ua-mykolaiv", tru, "strike", None, "RUS", "UKR", "accusation", q),
         C("energy", "ua-poltava", tru, "strike", None, "RUS", "UKR", "accusation", q,
           note="the '30 attacks' tally itself gets no separate country-level claim: the regions named carry it")])

    # --- DTEK, 17 April
    p = "2025-04-17T10:30+03:00"
    add("uk-20", p, src("ДТЕК (пресслужба)", "party_official", "UKR", "https://www.pravda.com.ua/eng/news/2025/04/17/7507973/"),
        "energy_statement",
        "Сьогодні вранці внаслідок атаки дронів пошкоджено виробничий об'єкт ДТЕК на Дніпропетровщині. Серйозно "
        "зруйновані будівлі та обладнання. Працівники не постраждали. Робимо все можливе, щоб Дніпропетровщина мала "
        "стабільне електропостачання.",
        [C("energy", "ua-dnipro", T("2025-04-17T05:00+03:00", p, "hour", K), "strike.drone", "дрони", "RUS", "UKR",
           "accusation", "внаслідок атаки дронів пошкоджено виробничий об'єкт ДТЕК на Дніпропетровщині",
           note="perpetrator not named; inferred from the source (a Ukrainian energy company)")])

    # --- Lytvyn, 18 April (negative: start-date dispute)
    p = "2025-04-18T15:00+03:00"
    add("uk-21", p, src("Суспільне", "independent_media", None, "https://menafn.com/1109448132/Ukraine-Says-Energy-Truce-Started-on-March-25"),
        "diplomatic",
        "Початком 30-денної паузи в ударах по енергетиці Україна вважає 25 березня, коли Білий дім оприлюднив відповідні "
        "заяви, сказав журналістам радник президента Дмитро Литвин. Так він відповів на слова Пєскова про те, що мораторій "
        "уже сплив. Литвин нагадав, що напередодні Зеленський попереджав про загрозу ударів по енергетиці перед Великоднем "
        "або після нього.",
        [])

    # --- Prokudin, 23 April
    p = "2025-04-23T09:34+03:00"
    add("uk-22", p, src("Олександр Прокудін, голова Херсонської ОВА", "party_official", "UKR", "https://herson.depo.ua/ukr/herson/rosiyani-znishchili-odne-z-klyuchovikh-pidpriemstv-energetichnoi-infrastrukturi-v-khersoni-prokudin-202504231470044"),
        "accusation",
        "Росіяни знову порушили домовленості. Понад добу окупанти безжально били з артилерії та дронів по одному з "
        "ключових енергетичних підприємств, що забезпечує Херсон світлом, і атаки дронів не припиняються досі. Наші "
        "військові всю ніч відбивали удари, але на ранок ворог таки знищив об'єкт. Енергетики роблять усе, щоб "
        "стабілізувати ситуацію. Прошу максимально ощадливо користуватися електрикою — можливі вимушені відключення.",
        [C("energy", "kherson", before(p, UKR_SUM, K, 36, "day"), "strike", "артилерія, дрони", "RUS", "UKR",
           "accusation",
           "окупанти безжально били з артилерії та дронів по одному з ключових енергетичних підприємств, що забезпечує Херсон світлом",
           note="'понад добу' and still going: publication - 36 h")])

    # --- Kyiv, 24 April (Interior Minister)
    p = "2025-04-24T09:30+03:00"
    add("uk-23", p, src("Ігор Клименко, міністр внутрішніх справ", "party_official", "UKR", "https://babel.ua/en/news/117403-kyiv-was-massively-attacked-with-drones-and-missiles-at-night-9-people-died-over-70-were-injured"),
        "multi",
        "У ніч на 24 квітня росія завдала масованого комбінованого удару ракетами й дронами по Києву. Щонайменше 9 людей "
        "загинули, понад 70 поранені. Найбільше постраждав Святошинський район: пожежі в шести місцях, зруйновано будинок, "
        "під завалами можуть бути люди. На Київщині пошкоджені житлові будинки, склад, магазини й автівки.",
        [C("civilian", "kyiv", night("2025-04-24", UKR_SUM, K), "strike", "ракети й дрони", "RUS", "UKR", "accusation",
           "росія завдала масованого комбінованого удару ракетами й дронами по Києву"),
         C("civilian", "ua-kyiv", night("2025-04-24", UKR_SUM, K), "strike", "ракети й дрони", "RUS", "UKR",
           "accusation", "На Київщині пошкоджені житлові будинки, склад, магазини й автівки",
           note="houses + warehouse + shops: 'civilian' covers them all")])

    # --- Zelensky, 28 April: Cherkasy gas
    p = "2025-04-28T20:30+03:00"
    add("uk-24", p, src("Володимир Зеленський (відеозвернення)", "party_official", "UKR", "https://censor.net/en/videonews/3549298/president-zelenskyy-s-video-address-on-april-28"),
        "accusation",
        "Черкащина. Там тривають роботи з відновлення газопостачання: сьогодні після ударів «шахедів» пошкоджена "
        "інфраструктура — звичайна, цивільна. Без газу близько 117 тисяч споживачів, шестеро людей поранені. Це був удар "
        "по цивільних об'єктах, а не по військових.",
        [C("energy.gas", "ua-cherkasy", day("2025-04-28", UKR_SUM, K, p), "strike.drone", "Shahed", "RUS", "UKR",
           "accusation", "сьогодні після ударів «шахедів» пошкоджена інфраструктура",
           note="'gas supply' restoration names the sector: energy.gas; the place is only 'Черкащина'")])

    # --- Zelensky, 28 April: ceasefire proposal (negative)
    p = "2025-04-28T21:10+03:00"
    add("uk-25", p, src("Цензор.НЕТ", "independent_media", None, "https://censor.net/en/videonews/3549298/president-zelenskyy-s-video-address-on-april-28"),
        "diplomatic",
        "Зеленський назвав маніпуляцією пропозицію Москви чекати до 8 травня, щоб оголосити перемир'я на час параду. "
        "За його словами, Україна не бачить причин чекати: вогонь має припинитися негайно, повністю й без умов — "
        "щонайменше на 30 днів, лише тоді можлива справжня дипломатія.",
        [])

    # --- General Staff front-line summary, 8 April (negative)
    p = "2025-04-08T16:30+03:00"
    add("uk-26", p, src("Генеральний штаб ЗСУ", "party_official", "UKR", "https://rfe.pangea-cms.com/preview/uk-UA/a/news-genshtab-zsu-denne-zvedennja/33377459.html"),
        "front_line_summary",
        "Від початку доби 8 квітня на фронті відбулося 94 бойові зіткнення. Майже половина боїв — на Покровському "
        "напрямку: окупанти 42 рази намагалися потіснити наших захисників у районах Калинового, Єлизаветівки, Лисівки, "
        "Шевченка, Удачного, Андріївки та інших населених пунктів; 32 атаки відбито, 10 боєзіткнень тривають. Бої йшли "
        "також на Куп'янському, Лиманському, Краматорському, Торецькому, Новопавлівському, Гуляйпільському та "
        "Оріхівському напрямках. У Курській області наші воїни відбили дві атаки противника.",
        [])
    return R
