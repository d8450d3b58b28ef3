import type { TemplateMessages } from "./template-messages.js";

/**
 * The method templates in Farsi. Keyed like en.ts; the German to translate is @kfd/domain's
 * METHOD_TEMPLATES, and ../templates.test.ts names every key still missing. A missing text shows in German.
 */
export const templates: TemplateMessages = {
  // shared by several templates
  "agenda.begruessung.title": "ورود و خوشامدگویی",
  "agenda.begruessung.description": "خوشامدگویی از سوی شهرداری، دلیل برگزاری و هدف گفت‌وگو، توضیحاتی دربارهٔ ترجمهٔ شفاهی، نگهداری از کودکان و عکس‌برداری.",
  "agenda.pause.title": "استراحت",
  "agenda.pause.description": "فرصتی برای گفت‌وگو در گروه‌های کوچک.",
  "agenda.wie-weiter.title": "ادامهٔ کار چگونه خواهد بود؟",
  "agenda.wie-weiter.description":
    "توافق بر سر اینکه چه کسی نتایج را به فهرست اقدامات منتقل می‌کند، چه کسی در گروه پیگیری همکاری می‌کند و شرکت‌کنندگان چگونه از آن باخبر می‌شوند.",
  "agenda.abschluss.title": "پایان و قدردانی",
  "agenda.abschluss.description": "بازخورد شرکت‌کنندگان، قدردانی از همهٔ کسانی که همکاری کردند.",
  "checklist.berater": "دعوت از یک مشاور برای همکاری و هماهنگ کردن برنامهٔ پروژه و نقاط عطف آن با او",
  "checklist.barrierefreier-ort": "رزرو یک محل برگزاری دسترسی‌پذیر: ورودی بدون پله، سرویس بهداشتی مناسب افراد دارای معلولیت، قابل دسترس با اتوبوس و قطار",
  "checklist.sprachmittlung": "سازمان‌دهی ترجمهٔ شفاهی: مشخص کردن زبان‌های مورد نیاز و رزرو مترجمان شفاهی",
  "checklist.kinderbetreuung": "سازمان‌دهی نگهداری از کودکان در طول رویداد (اتاق، مراقبان، تعداد کودکان بر اساس ثبت‌نام‌ها)",
  "checklist.einladung-gefluechtete":
    "پخش دعوت‌نامه از راه‌هایی که به پناهجویان می‌رسد: محل‌های اسکان، مدیریت ادغام، کلاس‌های زبان، سازمان‌های مهاجران، گروه‌های پیام‌رسان – به مهم‌ترین زبان‌ها",
  "checklist.einladung-akteure":
    "دعوت از شهروندان، داوطلبان، انجمن‌ها و تشکل‌ها، کلیساها، سیاست‌مداران و ادارات دولتی (نشریهٔ رسمی شهرداری، وب‌سایت، مطبوعات، دعوت‌نامه‌های شخصی)",
  "checklist.anmeldung": "قرار دادن فرم ثبت‌نام در وب‌سایت شهرداری و تعیین مهلت ثبت‌نام",
  "checklist.verpflegung": "برنامه‌ریزی پذیرایی با رعایت قواعد و محدودیت‌های غذایی",
  "checklist.fotos-datenschutz": "آماده کردن توضیحات دربارهٔ عکس‌برداری و حفاظت از داده‌ها؛ گرفتن رضایت برای عکس‌برداری",
  "checklist.dokumentation": "اطمینان از مستندسازی (گزارش تصویری، صورت‌جلسه) و آماده کردن نتایج برای فهرست اقدامات",
  "checklist.begleitkreis": "تعیین یک فرد مسئول یا یک گروه پیگیری برای اجرای اقدامات",

  // World-Café
  "summary.world-cafe":
    "گفت‌وگو سر چند میز موضوعی با ترکیب متغیر افراد. میزبانان سر میز خود می‌مانند و گفت‌وگوها را جمع‌بندی می‌کنند و مهمانان پس از هر دور به میز دیگری می‌روند؛ ایده‌ها روی رومیزی‌ها نوشته می‌شوند.",
  "agenda.world-cafe.einfuehrung.title": "آشنایی با روش",
  "agenda.world-cafe.einfuehrung.description": "روند و قواعد World-Café، معرفی میزهای موضوعی و میزبانان آن‌ها.",
  "agenda.world-cafe.runde-1.title": "دور اول گفت‌وگو",
  "agenda.world-cafe.runde-1.description": "توصیف وضعیت کنونی: چه چیزهایی خوب پیش می‌رود و چه چیزهایی کم است؟",
  "agenda.world-cafe.runde-2.title": "دور دوم گفت‌وگو",
  "agenda.world-cafe.runde-2.description": "مشخص کردن حوزه‌های اقدام و حوزه‌های احتمالی تنش.",
  "agenda.world-cafe.runde-3.title": "دور سوم گفت‌وگو",
  "agenda.world-cafe.runde-3.description": "پروراندن ایده‌هایی برای ادامهٔ کار.",
  "agenda.world-cafe.plenum.title": "نتایج در جلسهٔ عمومی",
  "agenda.world-cafe.plenum.description": "میزبانان مهم‌ترین نتایج میز خود را ارائه می‌دهند.",
  "checklist.thementische": "تعیین میزهای موضوعی و یافتن یک میزبان برای هر میز",
  "checklist.tische": "آماده کردن میزهایی برای چهار تا هشت نفر با رومیزی یا پوستری که بتوان روی آن نوشت، و قلم",

  // Zukunftswerkstatt
  "summary.zukunftswerkstatt":
    "سه مرحله پشت سر هم: نقد (چه چیزی آزارمان می‌دهد؟)، خیال‌پردازی (زندگی خوب در کنار هم چگونه خواهد بود؟) و تحقق (چه چیزی را چگونه اجرا می‌کنیم؟). به زمان نیاز دارد – یک روز کامل یا دو جلسه.",
  "agenda.zukunftswerkstatt.kritik.title": "مرحلهٔ نقد",
  "agenda.zukunftswerkstatt.kritik.description": "گردآوری آنچه در زندگی در کنار هم در محل خوب پیش نمی‌رود، سپس دسته‌بندی آن بر اساس موضوع و سنجیدن اهمیت هر مورد.",
  "agenda.zukunftswerkstatt.fantasie.title": "مرحلهٔ خیال‌پردازی",
  "agenda.zukunftswerkstatt.fantasie.description": "توصیف زندگی در کنار هم در بهترین حالت، بدون در نظر گرفتن محدودیت‌ها.",
  "agenda.zukunftswerkstatt.mittagspause.title": "استراحت ناهار",
  "agenda.zukunftswerkstatt.mittagspause.description": "غذای مشترک و فرصتی برای گفت‌وگو در گروه‌های کوچک.",
  "agenda.zukunftswerkstatt.verwirklichung.title": "مرحلهٔ تحقق",
  "agenda.zukunftswerkstatt.verwirklichung.description": "بررسی عملی بودن ایده‌ها، ثبت نخستین اقدامات همراه با مسئولان و بازهٔ زمانی.",
  "agenda.zukunftswerkstatt.plenum.title": "نتایج در جلسهٔ عمومی",
  "agenda.zukunftswerkstatt.plenum.description": "گروه‌ها اقدامات پیشنهادی خود را ارائه می‌دهند.",
  "checklist.phasen": "زمان‌بندی سه مرحله: در یک روز کامل یا در دو جلسه",
  "checklist.gruppenraeume": "رزرو اتاق‌ها یا گوشه‌هایی برای کار در گروه‌های کوچک",

  // Open Space
  "summary.open-space":
    "شرکت‌کنندگان خودشان موضوع‌ها را تعیین می‌کنند: دربارهٔ یک پرسش محوری، در «بازارچه» گروه‌های گفت‌وگو پیشنهاد می‌کنند و هر گروه نتایج خود را ثبت می‌کند. هر کس در گروهی نه چیزی برای افزودن دارد و نه چیزی برای یادگرفتن، به گروه دیگری می‌رود.",
  "agenda.open-space.leitfrage.title": "پرسش محوری و اصول",
  "agenda.open-space.leitfrage.description": "معرفی پرسش محوری (مثلاً «در آینده چگونه در کنار هم زندگی خواهیم کرد؟») و توضیح قواعد Open Space.",
  "agenda.open-space.marktplatz.title": "بازارچه",
  "agenda.open-space.marktplatz.description": "شرکت‌کنندگان موضوع‌هایی پیشنهاد می‌کنند و آن‌ها را در جدول زمان و مکان وارد می‌کنند.",
  "agenda.open-space.gruppen-1.title": "گروه‌های کاری، دور اول",
  "agenda.open-space.gruppen-1.description": "گفت‌وگو در گروه‌ها؛ هر گروه نتایج خود را روی یک برگه می‌نویسد.",
  "agenda.open-space.gruppen-2.title": "گروه‌های کاری، دور دوم",
  "agenda.open-space.gruppen-2.description": "موضوع‌های دیگر از بازارچه؛ نتایج روی دیوار مستندسازی نصب می‌شوند.",
  "agenda.open-space.abschlussplenum.title": "جلسهٔ عمومی پایانی",
  "agenda.open-space.abschlussplenum.description": "مرور نتایج، اولویت‌بندی موضوع‌های اصلی، توافق بر سر کارهای بعدی.",
  "checklist.leitfrage": "نوشتن پرسش محوری‌ای که باز باشد و به همه مربوط شود",
  "checklist.marktplatz": "آماده کردن دیوار بازارچه با جدول زمان و مکان، و یک دیوار مستندسازی",
  "checklist.gruppenflaechen": "فراهم کردن اتاق‌ها یا گوشه‌های کافی برای گروه‌هایی که هم‌زمان کار می‌کنند",

  // Ideenworkshop
  "summary.ideenworkshop":
    "کارگاهی دربارهٔ موضوعی مشخص، مثلاً محل اسکانی که برای یک محله در نظر گرفته شده است: ابتدا اطلاع‌رسانی و پرسش‌وپاسخ، سپس ایده‌پردازی در گروه‌های کوچک و در پایان اولویت‌بندی و توافق بر سر کارهای بعدی.",
  "agenda.ideenworkshop.information.title": "اطلاع‌رسانی و پرسش‌وپاسخ",
  "agenda.ideenworkshop.information.description": "ادارهٔ شهرداری طرح را معرفی می‌کند و به پرسش‌ها پاسخ می‌دهد.",
  "agenda.ideenworkshop.kleingruppen.title": "ایده‌پردازی در گروه‌های کوچک",
  "agenda.ideenworkshop.kleingruppen.description": "گردآوری ایده‌ها برای هر حوزهٔ موضوعی دربارهٔ اینکه طرح چگونه می‌تواند به خوبی پیش برود.",
  "agenda.ideenworkshop.gewichten.title": "دسته‌بندی و اولویت‌بندی ایده‌ها",
  "agenda.ideenworkshop.gewichten.description": "یکی کردن ایده‌های مشابه؛ همه با برچسب‌های نقطه‌ای به ایده‌ها اولویت می‌دهند.",
  "agenda.ideenworkshop.verabredungen.title": "توافق‌ها",
  "agenda.ideenworkshop.verabredungen.description": "ثبت اینکه چه کسی تا چه زمانی پیگیر مهم‌ترین ایده‌ها می‌شود.",
  "checklist.anlass": "تعیین دلیل برگزاری و پرسش اصلی کارگاه",
  "checklist.fachleute": "پیش‌بینی حضور کارشناسانی از ادارهٔ شهرداری برای اطلاع‌رسانی و پاسخ به پرسش‌ها",

  // Frauendialog
  "summary.frauendialog":
    "گفت‌وگویی فقط برای زنان – زنان پناهجو، زنان داوطلب و زنانی از میان شهروندان – در فضایی امن، با نگهداری از کودکان و مترجمان شفاهی زن.",
  "agenda.frauendialog.vorstellung.title": "دور معرفی",
  "agenda.frauendialog.vorstellung.description": "آشنایی کوتاه سر میزها.",
  "agenda.frauendialog.thementische.title": "گفت‌وگو سر میزهای موضوعی",
  "agenda.frauendialog.thementische.description": "با ترجمهٔ شفاهی، مثلاً دربارهٔ زندگی روزمره و همسایگی، کودکان و مدرسه، کار و آموزش حرفه‌ای، امنیت.",
  "agenda.frauendialog.ergebnisse.title": "گردآوری نتایج",
  "agenda.frauendialog.ergebnisse.description": "هر میز گزارش می‌دهد؛ دغدغه‌ها و ایده‌ها جایی نوشته می‌شوند که همه ببینند.",
  "checklist.geschuetzter-rahmen": "اطمینان از فضایی امن: شرکت فقط برای زنان، تسهیلگری و ترجمهٔ شفاهی توسط زنان",
  "checklist.tageszeit": "انتخاب زمانی که با مسئولیت‌های خانوادگی سازگار باشد",

  // Mobiles Format
  "summary.mobiles-format":
    "گفت‌وگو به سراغ مردم می‌رود: مثلاً یک اتوبوس صبحانه که هر بار در جای دیگری می‌ایستد و پناهجویان و ساکنان محلی را سر صبحانه با هم به گفت‌وگو می‌نشاند. مناسب برای همهٔ کسانی که نمی‌توانند در رویدادی در ساعات عصر شرکت کنند.",
  "agenda.mobiles-format.aufbau.title": "برپایی در محل",
  "agenda.mobiles-format.aufbau.description": "برپا کردن اتوبوس یا غرفه، میزها و تابلویی با پرسش‌هایی برای شروع گفت‌وگو.",
  "agenda.mobiles-format.fruehstueck.title": "صبحانه برای همه",
  "agenda.mobiles-format.fruehstueck.description": "دیدار و گفت‌وگو؛ دغدغه‌ها و ایده‌ها روی کارت‌هایی نوشته و روی تابلو نصب می‌شوند.",
  "agenda.mobiles-format.zusammenfassen.title": "جمع‌بندی",
  "agenda.mobiles-format.zusammenfassen.description": "عکس گرفتن از دغدغه‌ها و ایده‌های گردآوری‌شده و نگه داشتن آن‌ها برای ارزیابی.",
  "agenda.mobiles-format.abbau.title": "جمع کردن وسایل",
  "agenda.mobiles-format.abbau.description": "تکرار در محل بعدی.",
  "checklist.standorte": "انتخاب محل‌ها و گرفتن مجوز برای استفاده از فضاهای عمومی",
  "checklist.fahrzeug": "سازمان‌دهی وسیلهٔ نقلیه یا غرفه، تجهیزات و امکانات (برق، آب، بهداشت)",
  "checklist.wetter": "پیش‌بینی راه‌حلی برای هوای بد",
  "checklist.impulse": "آماده کردن پرسش‌های کوتاه برای شروع گفت‌وگو که بتوان در حین عبور به آن‌ها پاسخ داد",
};
