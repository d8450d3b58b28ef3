import type { Locale, RegistrantMailKind } from "@kfd/domain";

export interface MailValues {
  name: string;
  title: string;
  when: string;
  position?: number;
  reason?: string;
}

export interface MailTexts {
  subject: Record<RegistrantMailKind, (v: MailValues) => string>;
  /** The first paragraph: what happened. */
  lead: Record<RegistrantMailKind, (v: MailValues) => string>;
  greeting: (name: string) => string;
  when: string;
  where: string;
  online: string;
  reason: string;
  /** Above the personal link: see, cancel, erase. */
  manage: string;
  /** Where no link can be given (only the first message carries the secret link). */
  manageElsewhere: string;
  calendar: string;
  privacy: string;
  closing: string;
}

/**
 * The messages in every language of the widgets. German is the source; the others follow it
 * closely and plainly, because many readers read them in their second or third language.
 */
export const MAIL_TEXTS: Record<Locale, MailTexts> = {
  de: {
    subject: {
      confirmation: (v) => `Anmeldung bestätigt: ${v.title}`,
      waitlisted: (v) => `Warteliste, Platz ${v.position}: ${v.title}`,
      promoted: (v) => `Sie haben jetzt einen Platz: ${v.title}`,
      "event-cancelled": (v) => `Abgesagt: ${v.title}`,
      reminder: (v) => `Erinnerung: ${v.title}, ${v.when}`,
    },
    lead: {
      confirmation: (v) => `Ihre Anmeldung für „${v.title}“ ist bestätigt. Wir freuen uns auf Sie.`,
      waitlisted: (v) => `Die Veranstaltung „${v.title}“ ist voll. Sie stehen auf der Warteliste auf Platz ${v.position}. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.`,
      promoted: (v) => `Ein Platz ist frei geworden: Ihre Anmeldung für „${v.title}“ ist jetzt bestätigt.`,
      "event-cancelled": (v) => `Die Veranstaltung „${v.title}“ wurde leider abgesagt. Ihre Anmeldung ist damit hinfällig.`,
      reminder: (v) => `Wir erinnern Sie an die Veranstaltung „${v.title}“.`,
    },
    greeting: (name) => `Hallo ${name},`,
    when: "Wann",
    where: "Wo",
    online: "Online",
    reason: "Grund",
    manage: "Hier sehen Sie Ihre Anmeldung, können sich abmelden oder Ihre Daten sofort löschen:",
    manageElsewhere: "Zum Abmelden nutzen Sie bitte den Link aus Ihrer ersten E-Mail zu dieser Anmeldung.",
    calendar: "Im Anhang finden Sie die Veranstaltung für Ihren Kalender.",
    privacy: "Ihre Angaben werden nach der Veranstaltung automatisch gelöscht.",
    closing: "Viele Grüße",
  },
  en: {
    subject: {
      confirmation: (v) => `Registration confirmed: ${v.title}`,
      waitlisted: (v) => `Waiting list, place ${v.position}: ${v.title}`,
      promoted: (v) => `You now have a place: ${v.title}`,
      "event-cancelled": (v) => `Cancelled: ${v.title}`,
      reminder: (v) => `Reminder: ${v.title}, ${v.when}`,
    },
    lead: {
      confirmation: (v) => `Your registration for "${v.title}" is confirmed. We look forward to seeing you.`,
      waitlisted: (v) => `The event "${v.title}" is full. You are on the waiting list in place ${v.position}. If a place becomes free, you move up automatically and get an e-mail.`,
      promoted: (v) => `A place has become free: your registration for "${v.title}" is now confirmed.`,
      "event-cancelled": (v) => `Unfortunately the event "${v.title}" has been cancelled, so your registration no longer applies.`,
      reminder: (v) => `This is a reminder of the event "${v.title}".`,
    },
    greeting: (name) => `Hello ${name},`,
    when: "When",
    where: "Where",
    online: "Online",
    reason: "Reason",
    manage: "Here you can see your registration, cancel it or erase your data right away:",
    manageElsewhere: "To cancel, please use the link in your first e-mail about this registration.",
    calendar: "The event is attached for your calendar.",
    privacy: "Your details will be erased automatically after the event.",
    closing: "Kind regards",
  },
  ar: {
    subject: {
      confirmation: (v) => `تم تأكيد التسجيل: ${v.title}`,
      waitlisted: (v) => `قائمة الانتظار، المركز ${v.position}: ${v.title}`,
      promoted: (v) => `لديك الآن مكان: ${v.title}`,
      "event-cancelled": (v) => `تم الإلغاء: ${v.title}`,
      reminder: (v) => `تذكير: ${v.title}، ${v.when}`,
    },
    lead: {
      confirmation: (v) => `تم تأكيد تسجيلك في «${v.title}». نتطلع إلى لقائك.`,
      waitlisted: (v) => `الفعالية «${v.title}» ممتلئة. أنت على قائمة الانتظار في المركز ${v.position}. إذا أصبح مكان شاغرًا، ستنتقل تلقائيًا وتصلك رسالة بريد إلكتروني.`,
      promoted: (v) => `أصبح هناك مكان شاغر: تم الآن تأكيد تسجيلك في «${v.title}».`,
      "event-cancelled": (v) => `للأسف تم إلغاء الفعالية «${v.title}»، ولذلك لم يعد تسجيلك ساريًا.`,
      reminder: (v) => `نذكّرك بالفعالية «${v.title}».`,
    },
    greeting: (name) => `مرحبًا ${name}،`,
    when: "الموعد",
    where: "المكان",
    online: "عبر الإنترنت",
    reason: "السبب",
    manage: "هنا يمكنك الاطلاع على تسجيلك أو إلغاؤه أو حذف بياناتك فورًا:",
    manageElsewhere: "للإلغاء، يرجى استخدام الرابط الموجود في أول رسالة وصلتك بخصوص هذا التسجيل.",
    calendar: "ستجد الفعالية مرفقة لإضافتها إلى تقويمك.",
    privacy: "سيتم حذف بياناتك تلقائيًا بعد الفعالية.",
    closing: "مع أطيب التحيات",
  },
  fa: {
    subject: {
      confirmation: (v) => `ثبت‌نام تأیید شد: ${v.title}`,
      waitlisted: (v) => `فهرست انتظار، نفر ${v.position}: ${v.title}`,
      promoted: (v) => `اکنون جا دارید: ${v.title}`,
      "event-cancelled": (v) => `لغو شد: ${v.title}`,
      reminder: (v) => `یادآوری: ${v.title}، ${v.when}`,
    },
    lead: {
      confirmation: (v) => `ثبت‌نام شما برای «${v.title}» تأیید شد. منتظر دیدارتان هستیم.`,
      waitlisted: (v) => `برنامهٔ «${v.title}» پر است. شما در فهرست انتظار، نفر ${v.position} هستید. اگر جایی خالی شود، خودکار جا می‌گیرید و ایمیل دریافت می‌کنید.`,
      promoted: (v) => `جایی خالی شد: ثبت‌نام شما برای «${v.title}» اکنون تأیید شده است.`,
      "event-cancelled": (v) => `متأسفانه برنامهٔ «${v.title}» لغو شد و ثبت‌نام شما دیگر معتبر نیست.`,
      reminder: (v) => `برنامهٔ «${v.title}» را به شما یادآوری می‌کنیم.`,
    },
    greeting: (name) => `سلام ${name}،`,
    when: "زمان",
    where: "مکان",
    online: "آنلاین",
    reason: "دلیل",
    manage: "در اینجا می‌توانید ثبت‌نام خود را ببینید، لغو کنید یا اطلاعات خود را فوراً پاک کنید:",
    manageElsewhere: "برای لغو، لطفاً از پیوند نخستین ایمیل این ثبت‌نام استفاده کنید.",
    calendar: "برنامه برای تقویم شما پیوست شده است.",
    privacy: "اطلاعات شما پس از برنامه خودکار پاک می‌شود.",
    closing: "با احترام",
  },
  uk: {
    subject: {
      confirmation: (v) => `Реєстрацію підтверджено: ${v.title}`,
      waitlisted: (v) => `Список очікування, місце ${v.position}: ${v.title}`,
      promoted: (v) => `Тепер у вас є місце: ${v.title}`,
      "event-cancelled": (v) => `Скасовано: ${v.title}`,
      reminder: (v) => `Нагадування: ${v.title}, ${v.when}`,
    },
    lead: {
      confirmation: (v) => `Вашу реєстрацію на «${v.title}» підтверджено. Чекаємо на вас.`,
      waitlisted: (v) => `Захід «${v.title}» заповнений. Ви в списку очікування на місці ${v.position}. Якщо місце звільниться, ви автоматично перейдете далі й отримаєте e-mail.`,
      promoted: (v) => `Звільнилося місце: вашу реєстрацію на «${v.title}» тепер підтверджено.`,
      "event-cancelled": (v) => `На жаль, захід «${v.title}» скасовано, тому ваша реєстрація більше не діє.`,
      reminder: (v) => `Нагадуємо вам про захід «${v.title}».`,
    },
    greeting: (name) => `Вітаємо, ${name}!`,
    when: "Коли",
    where: "Де",
    online: "Онлайн",
    reason: "Причина",
    manage: "Тут ви можете переглянути свою реєстрацію, скасувати її або одразу видалити свої дані:",
    manageElsewhere: "Щоб скасувати, скористайтеся посиланням з вашого першого листа про цю реєстрацію.",
    calendar: "Захід додано у вкладенні для вашого календаря.",
    privacy: "Ваші дані буде автоматично видалено після заходу.",
    closing: "З найкращими побажаннями",
  },
  tr: {
    subject: {
      confirmation: (v) => `Kayıt onaylandı: ${v.title}`,
      waitlisted: (v) => `Bekleme listesi, ${v.position}. sıra: ${v.title}`,
      promoted: (v) => `Artık yeriniz var: ${v.title}`,
      "event-cancelled": (v) => `İptal edildi: ${v.title}`,
      reminder: (v) => `Hatırlatma: ${v.title}, ${v.when}`,
    },
    lead: {
      confirmation: (v) => `„${v.title}“ etkinliği için kaydınız onaylandı. Sizi görmeyi dört gözle bekliyoruz.`,
      waitlisted: (v) => `„${v.title}“ etkinliği dolu. Bekleme listesinde ${v.position}. sıradasınız. Bir yer boşalırsa otomatik olarak yer alır ve e-posta alırsınız.`,
      promoted: (v) => `Bir yer boşaldı: „${v.title}“ etkinliği için kaydınız artık onaylandı.`,
      "event-cancelled": (v) => `Maalesef „${v.title}“ etkinliği iptal edildi; kaydınız bu nedenle geçersizdir.`,
      reminder: (v) => `„${v.title}“ etkinliğini hatırlatmak isteriz.`,
    },
    greeting: (name) => `Merhaba ${name},`,
    when: "Ne zaman",
    where: "Nerede",
    online: "Çevrim içi",
    reason: "Sebep",
    manage: "Kaydınızı burada görebilir, iptal edebilir veya verilerinizi hemen silebilirsiniz:",
    manageElsewhere: "İptal etmek için lütfen bu kayıtla ilgili ilk e-postanızdaki bağlantıyı kullanın.",
    calendar: "Etkinlik, takviminiz için ekte yer alıyor.",
    privacy: "Bilgileriniz etkinlikten sonra otomatik olarak silinir.",
    closing: "Saygılarımızla",
  },
};
