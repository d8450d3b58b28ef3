import type { TemplateMessages } from "./template-messages.js";

/** The method templates in Arabic. The German source is @kfd/domain's METHOD_TEMPLATES. */
export const templates: TemplateMessages = {
  // shared by several templates
  "agenda.begruessung.title": "الوصول والترحيب",
  "agenda.begruessung.description": "ترحيب من البلدية، ومناسبة الحوار وهدفه، وملاحظات حول الترجمة الفورية ورعاية الأطفال والتصوير.",
  "agenda.pause.title": "استراحة",
  "agenda.pause.description": "وقت للحديث في مجموعات صغيرة.",
  "agenda.wie-weiter.title": "ما الخطوات التالية؟",
  "agenda.wie-weiter.description": "الاتفاق على من ينقل النتائج إلى قائمة الإجراءات، ومن يشارك في مجموعة المتابعة، وكيف يُبلَّغ المشاركون بذلك.",
  "agenda.abschluss.title": "الختام والشكر",
  "agenda.abschluss.description": "ملاحظات المشاركين وآراؤهم، والشكر لجميع من أسهموا.",
  "checklist.berater": "إشراك مستشار أو مستشارة والاتفاق على خطة المشروع ومحطاتها الرئيسية",
  "checklist.barrierefreier-ort": "حجز مكان للفعالية خالٍ من العوائق: مدخل بلا درجات، ودورة مياه مهيّأة لذوي الإعاقة، ويمكن الوصول إليه بالحافلة والقطار",
  "checklist.sprachmittlung": "تنظيم الترجمة الفورية: تحديد اللغات المطلوبة وحجز المترجمين والمترجمات",
  "checklist.kinderbetreuung": "تنظيم رعاية الأطفال أثناء الفعالية (المكان، والمشرفون على الرعاية، وعدد الأطفال بحسب التسجيلات)",
  "checklist.einladung-gefluechtete":
    "نشر الدعوة عبر قنوات تصل إلى اللاجئين: مراكز الإيواء، وإدارة شؤون الاندماج، ودورات اللغة، ومنظمات المهاجرين، ومجموعات تطبيقات المراسلة – بأهم اللغات",
  "checklist.einladung-akteure": "دعوة المواطنين والمتطوعين والجمعيات والكنائس والسياسيين والإدارة (النشرة الرسمية للبلدية، والموقع الإلكتروني، والصحافة، والدعوات الشخصية)",
  "checklist.anmeldung": "تضمين نموذج التسجيل في الموقع الإلكتروني للبلدية وتحديد الموعد النهائي للتسجيل",
  "checklist.verpflegung": "التخطيط للطعام والشراب مع مراعاة القواعد الغذائية",
  "checklist.fotos-datenschutz": "إعداد ملاحظات حول التصوير وحماية البيانات، والحصول على الموافقة على التصوير",
  "checklist.dokumentation": "ضمان توثيق الفعالية (توثيق بالصور، ومحضر) وإعداد النتائج لقائمة الإجراءات",
  "checklist.begleitkreis": "تسمية شخص مسؤول أو مجموعة متابعة لتنفيذ الإجراءات",

  // World-Café
  "summary.world-cafe":
    "محادثات على عدة طاولات موضوعية بمشاركين يتبدّلون. يبقى المضيفون والمضيفات على طاولاتهم ويلخّصون ما دار، وينتقل الضيوف بعد كل جولة؛ وتُدوَّن الأفكار على مفارش الطاولات.",
  "agenda.world-cafe.einfuehrung.title": "التعريف بالطريقة",
  "agenda.world-cafe.einfuehrung.description": "سير المقهى العالمي (World-Café) وقواعده، وتقديم الطاولات الموضوعية ومضيفيها ومضيفاتها.",
  "agenda.world-cafe.runde-1.title": "جولة الحوار 1",
  "agenda.world-cafe.runde-1.description": "وصف الوضع الحالي: ما الذي يسير بشكل جيد، وما الذي ينقص؟",
  "agenda.world-cafe.runde-2.title": "جولة الحوار 2",
  "agenda.world-cafe.runde-2.description": "تحديد مجالات العمل ومجالات الخلاف المحتملة.",
  "agenda.world-cafe.runde-3.title": "جولة الحوار 3",
  "agenda.world-cafe.runde-3.description": "تطوير أفكار للخطوات التالية.",
  "agenda.world-cafe.plenum.title": "عرض النتائج في الجلسة العامة",
  "agenda.world-cafe.plenum.description": "يعرض المضيفون والمضيفات أهم نتائج طاولاتهم.",
  "checklist.thementische": "تحديد الطاولات الموضوعية وإيجاد مضيف أو مضيفة لكل طاولة",
  "checklist.tische": "تجهيز طاولات تتسع لأربعة إلى ثمانية أشخاص، مع مفارش أو ملصقات كبيرة يمكن الكتابة عليها، وأقلام",

  // Zukunftswerkstatt
  "summary.zukunftswerkstatt":
    "ثلاث مراحل متتالية: النقد (ما الذي يزعجنا؟)، والخيال (كيف يبدو العيش المشترك الجيد؟)، والتنفيذ (ما الذي ننفّذه وكيف؟). تحتاج إلى وقت: يوم كامل أو موعدان.",
  "agenda.zukunftswerkstatt.kritik.title": "مرحلة النقد",
  "agenda.zukunftswerkstatt.kritik.description": "جمع ما لا يسير بشكل جيد في العيش المشترك محليًا، ثم ترتيبه حسب المواضيع وتحديد أولوياته.",
  "agenda.zukunftswerkstatt.fantasie.title": "مرحلة الخيال",
  "agenda.zukunftswerkstatt.fantasie.description": "وصف أفضل صورة ممكنة للعيش المشترك دون التقيّد بأي حدود.",
  "agenda.zukunftswerkstatt.mittagspause.title": "استراحة الغداء",
  "agenda.zukunftswerkstatt.mittagspause.description": "تناول الطعام معًا، ووقت للحديث في مجموعات صغيرة.",
  "agenda.zukunftswerkstatt.verwirklichung.title": "مرحلة التنفيذ",
  "agenda.zukunftswerkstatt.verwirklichung.description": "فحص الأفكار من حيث قابليتها للتنفيذ، وتدوين الإجراءات الأولى مع المسؤولين عنها وإطارها الزمني.",
  "agenda.zukunftswerkstatt.plenum.title": "عرض النتائج في الجلسة العامة",
  "agenda.zukunftswerkstatt.plenum.description": "تعرض المجموعات مقترحاتها للإجراءات.",
  "checklist.phasen": "التخطيط الزمني للمراحل الثلاث: على مدار يوم كامل أو موزعة على موعدين",
  "checklist.gruppenraeume": "حجز قاعات أو زوايا للعمل في مجموعات صغيرة",

  // Open Space
  "summary.open-space":
    "يحدد المشاركون المواضيع بأنفسهم: انطلاقًا من سؤال محوري يقترحون في سوق المواضيع مجموعات نقاش، وتوثّق كل مجموعة نتائجها. ومن لا يستطيع أن يسهم بشيء أو يتعلم شيئًا في مجموعة ما، ينتقل إلى غيرها.",
  "agenda.open-space.leitfrage.title": "السؤال المحوري والمبادئ",
  "agenda.open-space.leitfrage.description": "تقديم السؤال المحوري (مثل: «كيف سنعيش معًا في المستقبل؟») وشرح قواعد الفضاء المفتوح (Open Space).",
  "agenda.open-space.marktplatz.title": "سوق المواضيع",
  "agenda.open-space.marktplatz.description": "يقترح المشاركون مواضيع ويُدرجونها في جدول الأوقات والقاعات.",
  "agenda.open-space.gruppen-1.title": "مجموعات العمل، الجولة الأولى",
  "agenda.open-space.gruppen-1.description": "نقاشات داخل المجموعات؛ وتدوّن كل مجموعة نتائجها على ورقة.",
  "agenda.open-space.gruppen-2.title": "مجموعات العمل، الجولة الثانية",
  "agenda.open-space.gruppen-2.description": "مواضيع أخرى من سوق المواضيع؛ وتُعلَّق النتائج على جدار التوثيق.",
  "agenda.open-space.abschlussplenum.title": "الجلسة العامة الختامية",
  "agenda.open-space.abschlussplenum.description": "استعراض النتائج، وتحديد الأولويات، والتوصل إلى اتفاقات.",
  "checklist.leitfrage": "صياغة سؤال محوري مفتوح يهمّ الجميع",
  "checklist.marktplatz": "تجهيز جدار لسوق المواضيع عليه جدول الأوقات والقاعات، وجدار للتوثيق",
  "checklist.gruppenflaechen": "توفير عدد كافٍ من القاعات أو الزوايا للمجموعات التي تعمل في الوقت نفسه",

  // Ideenworkshop
  "summary.ideenworkshop":
    "ورشة حول مناسبة محددة، مثل مركز إيواء مخطط له في أحد الأحياء: أولًا معلومات وأسئلة، ثم أفكار في مجموعات صغيرة، وفي النهاية تحديد الأولويات والتوصل إلى اتفاقات.",
  "agenda.ideenworkshop.information.title": "معلومات وأسئلة",
  "agenda.ideenworkshop.information.description": "تعرض الإدارة المشروع وتجيب عن الأسئلة.",
  "agenda.ideenworkshop.kleingruppen.title": "أفكار في مجموعات صغيرة",
  "agenda.ideenworkshop.kleingruppen.description": "جمع أفكار لكل مجال موضوعي حول كيفية إنجاح المشروع.",
  "agenda.ideenworkshop.gewichten.title": "تجميع الأفكار وتحديد أولوياتها",
  "agenda.ideenworkshop.gewichten.description": "دمج الأفكار المتشابهة؛ ويحدد الجميع الأولويات باستخدام نقاط لاصقة.",
  "agenda.ideenworkshop.verabredungen.title": "الاتفاقات",
  "agenda.ideenworkshop.verabredungen.description": "تدوين من يتولى كل فكرة من أهم الأفكار، وفي أي موعد.",
  "checklist.anlass": "تحديد مناسبة الورشة والسؤال الذي تتناوله",
  "checklist.fachleute": "التخطيط لمشاركة مختصين من الإدارة لتقديم المعلومات والإجابة عن الأسئلة",

  // Frauendialog
  "summary.frauendialog":
    "حوار للنساء فقط – اللاجئات والمتطوعات ونساء من المجتمع المحلي – في إطار آمن، مع رعاية الأطفال وترجمة فورية تقدمها نساء.",
  "agenda.frauendialog.vorstellung.title": "جولة التعارف",
  "agenda.frauendialog.vorstellung.description": "تعارف قصير على الطاولات.",
  "agenda.frauendialog.thementische.title": "حوارات على الطاولات الموضوعية",
  "agenda.frauendialog.thementische.description": "مع ترجمة فورية، مثلًا حول الحياة اليومية والجوار، والأطفال والمدرسة، والعمل والتدريب المهني، والأمان.",
  "agenda.frauendialog.ergebnisse.title": "جمع النتائج",
  "agenda.frauendialog.ergebnisse.description": "تعرض كل طاولة ما توصلت إليه؛ وتُدوَّن الشواغل والأفكار بحيث يراها الجميع.",
  "checklist.geschuetzter-rahmen": "ضمان إطار آمن: المشاركة للنساء فقط، والتيسير والترجمة الفورية تتولاهما نساء",
  "checklist.tageszeit": "اختيار موعد يمكن التوفيق بينه وبين الالتزامات الأسرية",

  // Mobiles Format
  "summary.mobiles-format":
    "الحوار يصل إلى الناس: مثل حافلة فطور تتوقف في أماكن مختلفة، وتجمع اللاجئين والسكان المحليين للحديث على مائدة الفطور. تناسب كل من لا يستطيع حضور فعالية مسائية.",
  "agenda.mobiles-format.aufbau.title": "التجهيز في الموقع",
  "agenda.mobiles-format.aufbau.description": "تجهيز الحافلة أو الكشك، والطاولات، ولوحة عرض عليها أسئلة محفّزة للحوار.",
  "agenda.mobiles-format.fruehstueck.title": "فطور مفتوح",
  "agenda.mobiles-format.fruehstueck.description": "لقاء وحوار؛ وتُدوَّن الشواغل والأفكار على بطاقات تُثبَّت على لوحة العرض.",
  "agenda.mobiles-format.zusammenfassen.title": "التلخيص",
  "agenda.mobiles-format.zusammenfassen.description": "تصوير الشواغل والأفكار التي جُمعت وحفظها من أجل التقييم.",
  "agenda.mobiles-format.abbau.title": "تفكيك التجهيزات",
  "agenda.mobiles-format.abbau.description": "التكرار في الموقع التالي.",
  "checklist.standorte": "اختيار المواقع والحصول على تصاريح استخدام الأماكن العامة",
  "checklist.fahrzeug": "تنظيم مركبة أو كشك، والتجهيزات والإمدادات (الكهرباء، والماء، والنظافة الصحية)",
  "checklist.wetter": "إعداد بديل في حال سوء الأحوال الجوية",
  "checklist.impulse": "إعداد أسئلة قصيرة محفّزة للحوار يمكن الإجابة عنها أثناء المرور",
};
