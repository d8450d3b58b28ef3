import type { TemplateMessages } from "./template-messages.js";

/**
 * The method templates in Ukrainian. Keyed like en.ts; the German to translate is @kfd/domain's
 * METHOD_TEMPLATES, and ../templates.test.ts names every key still missing. A missing text shows in German.
 */
export const templates: TemplateMessages = {
  // shared by several templates
  "agenda.begruessung.title": "Прибуття та привітання",
  "agenda.begruessung.description":
    "Привітання від муніципалітету, привід і мета діалогу, інформація про усний переклад, догляд за дітьми та фотозйомку.",
  "agenda.pause.title": "Перерва",
  "agenda.pause.description": "Час для розмов у невеликому колі.",
  "agenda.wie-weiter.title": "Що далі?",
  "agenda.wie-weiter.description":
    "Домовитися, хто перенесе результати до плану заходів, хто працюватиме в супровідній групі і як учасники про це дізнаються.",
  "agenda.abschluss.title": "Завершення та подяка",
  "agenda.abschluss.description": "Зворотний зв’язок від учасників, подяка всім, хто долучився.",
  "checklist.berater": "Залучити консультантку або консультанта й узгодити план проєкту з ключовими етапами",
  "checklist.barrierefreier-ort":
    "Забронювати безбар’єрне місце проведення: вхід без сходинок, безбар’єрний туалет, можна дістатися громадським транспортом",
  "checklist.sprachmittlung": "Організувати усний переклад: з’ясувати, які мови потрібні, забронювати перекладачок і перекладачів",
  "checklist.kinderbetreuung":
    "Організувати догляд за дітьми під час події (приміщення, люди для догляду, кількість дітей за даними реєстрацій)",
  "checklist.einladung-gefluechtete":
    "Поширити запрошення каналами, що доходять до біженців: місця проживання, служба з питань інтеграції, мовні курси, організації мігрантів, групи в месенджерах — найважливішими мовами",
  "checklist.einladung-akteure":
    "Запросити мешканців, волонтерів, громадські об’єднання, церкви, політиків і адміністрацію (офіційний вісник, вебсайт, преса, особисті запрошення)",
  "checklist.anmeldung": "Розмістити форму реєстрації на вебсайті муніципалітету й визначити кінцевий термін реєстрації",
  "checklist.verpflegung": "Спланувати харчування з урахуванням харчових приписів і обмежень",
  "checklist.fotos-datenschutz": "Підготувати інформацію про фотозйомку та захист даних; отримати згоду на фотографування",
  "checklist.dokumentation": "Забезпечити документування (фотопротокол, протокол) і підготувати результати для плану заходів",
  "checklist.begleitkreis": "Призначити відповідальну особу або супровідну групу для впровадження заходів",

  // World-Café
  "summary.world-cafe":
    "Розмови за кількома тематичними столами в змінному складі. Господині й господарі столів залишаються на місці та підсумовують, а гості після кожного раунду переходять до іншого столу; думки записують просто на скатертинах.",
  "agenda.world-cafe.einfuehrung.title": "Знайомство з методом",
  "agenda.world-cafe.einfuehrung.description":
    "Порядок і правила World-Café, представлення тематичних столів та їхніх господинь і господарів.",
  "agenda.world-cafe.runde-1.title": "Раунд розмов 1",
  "agenda.world-cafe.runde-1.description": "Описати поточну ситуацію: що вдається добре, чого бракує?",
  "agenda.world-cafe.runde-2.title": "Раунд розмов 2",
  "agenda.world-cafe.runde-2.description": "Назвати напрями дій і можливі сфери конфлікту.",
  "agenda.world-cafe.runde-3.title": "Раунд розмов 3",
  "agenda.world-cafe.runde-3.description": "Напрацювати ідеї щодо подальших кроків.",
  "agenda.world-cafe.plenum.title": "Результати на пленарному засіданні",
  "agenda.world-cafe.plenum.description": "Господині й господарі столів представляють найважливіші результати свого столу.",
  "checklist.thementische": "Визначити тематичні столи й знайти для кожного столу господиню або господаря",
  "checklist.tische": "Підготувати столи на чотири–вісім осіб зі скатертинами або плакатами, на яких можна писати, і ручками",

  // Zukunftswerkstatt
  "summary.zukunftswerkstatt":
    "Три фази одна за одною: критика (що заважає?), фантазія (яким було б добре спільне життя?) і втілення (що і як ми реалізуємо?). Потребує часу — цілого дня або двох зустрічей.",
  "agenda.zukunftswerkstatt.kritik.title": "Фаза критики",
  "agenda.zukunftswerkstatt.kritik.description":
    "Зібрати, що в спільному житті на місці йде не так, упорядкувати це за темами й визначити вагу кожної теми.",
  "agenda.zukunftswerkstatt.fantasie.title": "Фаза фантазії",
  "agenda.zukunftswerkstatt.fantasie.description": "Не зважаючи на жодні обмеження, описати, яким є спільне життя в найкращому разі.",
  "agenda.zukunftswerkstatt.mittagspause.title": "Обідня перерва",
  "agenda.zukunftswerkstatt.mittagspause.description": "Спільний обід і час для розмов у невеликому колі.",
  "agenda.zukunftswerkstatt.verwirklichung.title": "Фаза втілення",
  "agenda.zukunftswerkstatt.verwirklichung.description":
    "Перевірити ідеї на здійсненність, зафіксувати перші заходи з відповідальними особами та строками.",
  "agenda.zukunftswerkstatt.plenum.title": "Результати на пленарному засіданні",
  "agenda.zukunftswerkstatt.plenum.description": "Групи представляють свої пропозиції заходів.",
  "checklist.phasen": "Спланувати час для трьох фаз: на цілий день або на дві зустрічі",
  "checklist.gruppenraeume": "Зарезервувати приміщення або куточки для роботи в малих групах",

  // Open Space
  "summary.open-space":
    "Учасники самі визначають теми: щодо ключового питання вони на «ринковій площі» пропонують групи для обговорення, і кожна група документує свої результати. Хто в групі не може ні долучитися до розмови, ні чогось навчитися, переходить до іншої.",
  "agenda.open-space.leitfrage.title": "Ключове питання та принципи",
  "agenda.open-space.leitfrage.description":
    "Представити ключове питання (наприклад, «Як ми житимемо разом у майбутньому?») і пояснити правила Open Space.",
  "agenda.open-space.marktplatz.title": "Ринкова площа",
  "agenda.open-space.marktplatz.description": "Учасники пропонують теми й вносять їх у розклад за часом і приміщеннями.",
  "agenda.open-space.gruppen-1.title": "Робочі групи, перший раунд",
  "agenda.open-space.gruppen-1.description": "Обговорення в групах; кожна група записує свої результати на аркуші.",
  "agenda.open-space.gruppen-2.title": "Робочі групи, другий раунд",
  "agenda.open-space.gruppen-2.description": "Інші теми з ринкової площі; результати вивішують на стіні документації.",
  "agenda.open-space.abschlussplenum.title": "Заключне пленарне засідання",
  "agenda.open-space.abschlussplenum.description": "Переглянути результати, визначити пріоритети, домовитися про подальші кроки.",
  "checklist.leitfrage": "Сформулювати ключове питання, відкрите й важливе для всіх",
  "checklist.marktplatz": "Підготувати стіну «ринкової площі» з розкладом за часом і приміщеннями, а також стіну документації",
  "checklist.gruppenflaechen": "Забезпечити достатньо приміщень або куточків для груп, що працюють паралельно",

  // Ideenworkshop
  "summary.ideenworkshop":
    "Воркшоп з конкретного приводу, наприклад запланованого житла для біженців в одному з районів: спочатку інформація та запитання, потім ідеї в малих групах, наприкінці — визначення пріоритетів і домовленості.",
  "agenda.ideenworkshop.information.title": "Інформація та запитання",
  "agenda.ideenworkshop.information.description": "Адміністрація представляє проєкт і відповідає на запитання.",
  "agenda.ideenworkshop.kleingruppen.title": "Ідеї в малих групах",
  "agenda.ideenworkshop.kleingruppen.description": "Для кожного тематичного напряму зібрати ідеї, як успішно втілити проєкт.",
  "agenda.ideenworkshop.gewichten.title": "Об’єднати ідеї та визначити пріоритети",
  "agenda.ideenworkshop.gewichten.description": "Об’єднати схожі ідеї; усі визначають пріоритети за допомогою наліпок-крапок.",
  "agenda.ideenworkshop.verabredungen.title": "Домовленості",
  "agenda.ideenworkshop.verabredungen.description": "Для найважливіших ідей зафіксувати, хто ними займається і до якого строку.",
  "checklist.anlass": "Визначити привід і головне питання воркшопу",
  "checklist.fachleute": "Запланувати участь фахівців з адміністрації, які надаватимуть інформацію та відповідатимуть на запитання",

  // Frauendialog
  "summary.frauendialog":
    "Діалог лише для жінок — біженок, волонтерок і мешканок — у безпечній атмосфері, з доглядом за дітьми та усним перекладом, який забезпечують жінки.",
  "agenda.frauendialog.vorstellung.title": "Коло знайомства",
  "agenda.frauendialog.vorstellung.description": "Коротке знайомство за столами.",
  "agenda.frauendialog.thementische.title": "Розмови за тематичними столами",
  "agenda.frauendialog.thementische.description":
    "З усним перекладом, наприклад про повсякденне життя й сусідство, дітей і школу, роботу та професійне навчання, безпеку.",
  "agenda.frauendialog.ergebnisse.title": "Збір результатів",
  "agenda.frauendialog.ergebnisse.description": "Столи розповідають про свої результати; запити та ідеї записують так, щоб їх бачили всі.",
  "checklist.geschuetzter-rahmen": "Забезпечити безпечну атмосферу: участь лише для жінок, модерацію та усний переклад здійснюють жінки",
  "checklist.tageszeit": "Вибрати час, який можна поєднати із сімейними обов’язками",

  // Mobiles Format
  "summary.mobiles-format":
    "Діалог приходить до людей: наприклад, автобус зі сніданком зупиняється в різних місцях і за сніданком залучає до розмови біженців і місцевих мешканців. Підходить усім, хто не може прийти на вечірню подію.",
  "agenda.mobiles-format.aufbau.title": "Облаштування на місці",
  "agenda.mobiles-format.aufbau.description": "Підготувати автобус або стенд, столи, пересувну дошку з питаннями для початку розмови.",
  "agenda.mobiles-format.fruehstueck.title": "Відкритий сніданок",
  "agenda.mobiles-format.fruehstueck.description": "Зустріч і розмови; запити та ідеї записують на картках і прикріплюють до дошки.",
  "agenda.mobiles-format.zusammenfassen.title": "Підсумки",
  "agenda.mobiles-format.zusammenfassen.description": "Сфотографувати зібрані запити та ідеї і зберегти їх для аналізу.",
  "agenda.mobiles-format.abbau.title": "Згортання",
  "agenda.mobiles-format.abbau.description": "Повторити на наступному місці.",
  "checklist.standorte": "Вибрати місця й отримати дозволи на використання громадського простору",
  "checklist.fahrzeug": "Організувати транспортний засіб або стенд, обладнання та забезпечення (електроенергія, вода, гігієна)",
  "checklist.wetter": "Передбачити варіант на випадок поганої погоди",
  "checklist.impulse": "Підготувати короткі питання для початку розмови, на які можна відповісти мимохідь",
};
