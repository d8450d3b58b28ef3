import type { Locale } from "@kfd/domain";

export interface PageTexts {
  title: string;
  event: string;
  status: Record<"confirmed" | "waitlisted" | "cancelled", string>;
  waitlistPlace: (n: number) => string;
  stored: string;
  name: string;
  email: string;
  needs: string;
  erasureDue: (date: string) => string;
  erased: (date: string) => string;
  cancel: string;
  erase: string;
  eraseExplained: string;
  done: string;
  notFound: string;
}

/** The registrant's page, in the language they registered in. */
export const PAGE_TEXTS: Record<Locale, PageTexts> = {
  de: {
    title: "Ihre Anmeldung",
    event: "Veranstaltung",
    status: { confirmed: "Bestätigt", waitlisted: "Auf der Warteliste", cancelled: "Abgemeldet" },
    waitlistPlace: (n) => `Platz ${n} auf der Warteliste`,
    stored: "Diese Angaben sind über Sie gespeichert",
    name: "Name",
    email: "E-Mail",
    needs: "Bedarfe",
    erasureDue: (d) => `Ihre persönlichen Angaben werden automatisch gelöscht am ${d}.`,
    erased: (d) => `Ihre persönlichen Angaben wurden gelöscht am ${d}. Gezählt bleibt nur, dass es diese Anmeldung gab.`,
    cancel: "Abmelden",
    erase: "Abmelden und meine Daten jetzt löschen",
    eraseExplained: "Das Löschen kann nicht rückgängig gemacht werden. Ihr Platz geht an die nächste Person auf der Warteliste.",
    done: "Erledigt.",
    notFound: "Zu diesem Link gibt es keine Anmeldung.",
  },
  en: {
    title: "Your registration",
    event: "Event",
    status: { confirmed: "Confirmed", waitlisted: "On the waiting list", cancelled: "Cancelled" },
    waitlistPlace: (n) => `Place ${n} on the waiting list`,
    stored: "What is stored about you",
    name: "Name",
    email: "E-mail",
    needs: "Needs",
    erasureDue: (d) => `Your personal details will be erased automatically on ${d}.`,
    erased: (d) => `Your personal details were erased on ${d}. Only the fact that this registration existed is still counted.`,
    cancel: "Cancel registration",
    erase: "Cancel and erase my data now",
    eraseExplained: "Erasing cannot be undone. Your place goes to the next person on the waiting list.",
    done: "Done.",
    notFound: "There is no registration for this link.",
  },
  ar: {
    title: "تسجيلك",
    event: "الفعالية",
    status: { confirmed: "مؤكَّد", waitlisted: "على قائمة الانتظار", cancelled: "ملغى" },
    waitlistPlace: (n) => `المركز ${n} على قائمة الانتظار`,
    stored: "البيانات المحفوظة عنك",
    name: "الاسم",
    email: "البريد الإلكتروني",
    needs: "الاحتياجات",
    erasureDue: (d) => `سيتم حذف بياناتك الشخصية تلقائيًا في ${d}.`,
    erased: (d) => `تم حذف بياناتك الشخصية في ${d}. يبقى فقط احتساب أن هذا التسجيل كان موجودًا.`,
    cancel: "إلغاء التسجيل",
    erase: "إلغاء التسجيل وحذف بياناتي الآن",
    eraseExplained: "لا يمكن التراجع عن الحذف. يذهب مكانك إلى الشخص التالي على قائمة الانتظار.",
    done: "تم.",
    notFound: "لا يوجد تسجيل لهذا الرابط.",
  },
  fa: {
    title: "ثبت‌نام شما",
    event: "برنامه",
    status: { confirmed: "تأییدشده", waitlisted: "در فهرست انتظار", cancelled: "لغوشده" },
    waitlistPlace: (n) => `نفر ${n} در فهرست انتظار`,
    stored: "اطلاعاتی که از شما ذخیره شده است",
    name: "نام",
    email: "ایمیل",
    needs: "نیازها",
    erasureDue: (d) => `اطلاعات شخصی شما در تاریخ ${d} خودکار پاک می‌شود.`,
    erased: (d) => `اطلاعات شخصی شما در تاریخ ${d} پاک شد. فقط وجود این ثبت‌نام شمرده می‌شود.`,
    cancel: "لغو ثبت‌نام",
    erase: "لغو و پاک کردن فوری اطلاعات من",
    eraseExplained: "پاک کردن قابل بازگشت نیست. جای شما به نفر بعدی فهرست انتظار می‌رسد.",
    done: "انجام شد.",
    notFound: "برای این پیوند ثبت‌نامی وجود ندارد.",
  },
  uk: {
    title: "Ваша реєстрація",
    event: "Захід",
    status: { confirmed: "Підтверджено", waitlisted: "У списку очікування", cancelled: "Скасовано" },
    waitlistPlace: (n) => `Місце ${n} у списку очікування`,
    stored: "Що про вас збережено",
    name: "Ім’я",
    email: "E-mail",
    needs: "Потреби",
    erasureDue: (d) => `Ваші персональні дані буде автоматично видалено ${d}.`,
    erased: (d) => `Ваші персональні дані видалено ${d}. Враховується лише те, що ця реєстрація існувала.`,
    cancel: "Скасувати реєстрацію",
    erase: "Скасувати й видалити мої дані зараз",
    eraseExplained: "Видалення не можна скасувати. Ваше місце отримає наступна людина зі списку очікування.",
    done: "Готово.",
    notFound: "За цим посиланням реєстрації немає.",
  },
  tr: {
    title: "Kaydınız",
    event: "Etkinlik",
    status: { confirmed: "Onaylandı", waitlisted: "Bekleme listesinde", cancelled: "İptal edildi" },
    waitlistPlace: (n) => `Bekleme listesinde ${n}. sıra`,
    stored: "Hakkınızda kayıtlı bilgiler",
    name: "Ad",
    email: "E-posta",
    needs: "İhtiyaçlar",
    erasureDue: (d) => `Kişisel bilgileriniz ${d} tarihinde otomatik olarak silinecek.`,
    erased: (d) => `Kişisel bilgileriniz ${d} tarihinde silindi. Yalnızca bu kaydın var olduğu sayılmaya devam eder.`,
    cancel: "Kaydı iptal et",
    erase: "İptal et ve verilerimi şimdi sil",
    eraseExplained: "Silme işlemi geri alınamaz. Yeriniz bekleme listesindeki bir sonraki kişiye geçer.",
    done: "Tamamlandı.",
    notFound: "Bu bağlantıya ait bir kayıt yok.",
  },
};
