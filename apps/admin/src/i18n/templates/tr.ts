import type { TemplateMessages } from "./template-messages.js";

/**
 * The method templates in Turkish. Keyed like en.ts; the German to translate is @kfd/domain's
 * METHOD_TEMPLATES, and ../templates.test.ts names every key still missing. A missing text shows in German.
 */
export const templates: TemplateMessages = {
  // shared by several templates
  "agenda.begruessung.title": "Karşılama ve açılış",
  "agenda.begruessung.description":
    "Belediye adına açılış konuşması, diyaloğun çıkış noktası ve hedefi; sözlü tercüme, çocuk bakımı ve fotoğraflar hakkında bilgilendirme.",
  "agenda.pause.title": "Ara",
  "agenda.pause.description": "Küçük gruplar hâlinde sohbet için zaman.",
  "agenda.wie-weiter.title": "Bundan sonra ne olacak?",
  "agenda.wie-weiter.description":
    "Sonuçları eylem kataloğuna kimin aktaracağını, izleme grubunda kimlerin yer alacağını ve katılımcıların bundan nasıl haberdar edileceğini kararlaştırın.",
  "agenda.abschluss.title": "Kapanış ve teşekkür",
  "agenda.abschluss.description": "Katılımcılardan geri bildirim, katkıda bulunan herkese teşekkür.",
  "checklist.berater": "Bir danışmanı sürece dahil edin ve kilometre taşlarını içeren proje planı üzerinde uzlaşın",
  "checklist.barrierefreier-ort":
    "Erişilebilir bir etkinlik mekânı ayırtın: basamaksız giriş, engelli tuvaleti, otobüs ve trenle ulaşılabilir",
  "checklist.sprachmittlung": "Sözlü tercümeyi organize edin: gereken dilleri belirleyin, tercümanları ayarlayın",
  "checklist.kinderbetreuung":
    "Etkinlik süresince çocuk bakımını organize edin (oda, bakım görevlileri, kayıtlara göre çocuk sayısı)",
  "checklist.einladung-gefluechtete":
    "Daveti mültecilere ulaşan kanallardan yayın: konaklama yerleri, entegrasyon yönetimi, dil kursları, göçmen dernekleri, mesajlaşma grupları – en önemli dillerde",
  "checklist.einladung-akteure":
    "Yerel halkı, gönüllüleri, dernek ve birlikleri, kiliseleri, siyaseti ve kamu yönetimini davet edin (resmî bülten, web sitesi, basın, kişisel davetler)",
  "checklist.anmeldung": "Kayıt formunu belediyenin web sitesine yerleştirin ve son kayıt tarihini belirleyin",
  "checklist.verpflegung": "Yiyecek ve içecekleri planlayın, beslenme kurallarını dikkate alın",
  "checklist.fotos-datenschutz": "Fotoğraflar ve veri koruma hakkında bilgilendirme hazırlayın; fotoğraflar için onay alın",
  "checklist.dokumentation":
    "Belgelemeyi güvence altına alın (fotoğraflı tutanak, tutanak) ve sonuçları eylem kataloğu için hazırlayın",
  "checklist.begleitkreis": "Eylemlerin uygulanmasından sorumlu bir kişi veya izleme grubu belirleyin",

  // World-Café
  "summary.world-cafe":
    "Birden fazla konu masasında, değişen gruplarla yapılan sohbetler. Masa ev sahipleri masalarında kalır ve özetler, konuklar her turdan sonra masa değiştirir; düşünceler masa örtülerine yazılır.",
  "agenda.world-cafe.einfuehrung.title": "Yönteme giriş",
  "agenda.world-cafe.einfuehrung.description":
    "World-Café'nin akışı ve kuralları, konu masalarının ve masa ev sahiplerinin tanıtımı.",
  "agenda.world-cafe.runde-1.title": "1. sohbet turu",
  "agenda.world-cafe.runde-1.description": "Mevcut durumu tanımlayın: Neler iyi gidiyor, neler eksik?",
  "agenda.world-cafe.runde-2.title": "2. sohbet turu",
  "agenda.world-cafe.runde-2.description": "Eylem alanlarını ve olası çatışma alanlarını belirleyin.",
  "agenda.world-cafe.runde-3.title": "3. sohbet turu",
  "agenda.world-cafe.runde-3.description": "Sonraki adımlar için fikirler geliştirin.",
  "agenda.world-cafe.plenum.title": "Genel oturumda sonuçlar",
  "agenda.world-cafe.plenum.description": "Masa ev sahipleri, masalarındaki en önemli sonuçları sunar.",
  "checklist.thementische": "Konu masalarını belirleyin ve her masa için bir masa ev sahibi bulun",
  "checklist.tische":
    "Dört ila sekiz kişilik masaları, üzerine yazılabilen masa örtüleri veya posterler ve kalemlerle hazırlayın",

  // Zukunftswerkstatt
  "summary.zukunftswerkstatt":
    "Art arda üç aşama: eleştiri (bizi ne rahatsız ediyor?), hayal (iyi bir birlikte yaşam nasıl görünürdü?) ve hayata geçirme (neyi, nasıl uygulayacağız?). Zaman gerektirir – tam bir gün ya da iki buluşma.",
  "agenda.zukunftswerkstatt.kritik.title": "Eleştiri aşaması",
  "agenda.zukunftswerkstatt.kritik.description":
    "Yerel düzeyde birlikte yaşamda iyi gitmeyenleri toplayın, konulara göre sıralayın ve önem derecesine göre değerlendirin.",
  "agenda.zukunftswerkstatt.fantasie.title": "Hayal aşaması",
  "agenda.zukunftswerkstatt.fantasie.description":
    "Hiçbir sınırı gözetmeden, birlikte yaşamın en iyi hâliyle nasıl görüneceğini anlatın.",
  "agenda.zukunftswerkstatt.mittagspause.title": "Öğle arası",
  "agenda.zukunftswerkstatt.mittagspause.description": "Birlikte yemek ve küçük gruplar hâlinde sohbet için zaman.",
  "agenda.zukunftswerkstatt.verwirklichung.title": "Hayata geçirme aşaması",
  "agenda.zukunftswerkstatt.verwirklichung.description":
    "Fikirlerin uygulanabilirliğini değerlendirin, ilk eylemleri sorumlu kişiler ve zaman çerçevesiyle birlikte kayda geçirin.",
  "agenda.zukunftswerkstatt.plenum.title": "Genel oturumda sonuçlar",
  "agenda.zukunftswerkstatt.plenum.description": "Gruplar eylem önerilerini sunar.",
  "checklist.phasen": "Üç aşamanın zamanlamasını planlayın: tam gün veya iki buluşmaya yayılmış olarak",
  "checklist.gruppenraeume": "Küçük grup çalışmaları için odalar veya köşeler ayırın",

  // Open Space
  "summary.open-space":
    "Konuları katılımcılar kendileri belirler: Bir yönlendirici soru etrafında pazar yerinde sohbet grupları önerirler, her grup kendi sonuçlarını belgeler. Bir grupta katkı sunamayan veya bir şey öğrenemeyen kişi grup değiştirir.",
  "agenda.open-space.leitfrage.title": "Yönlendirici soru ve ilkeler",
  "agenda.open-space.leitfrage.description":
    "Yönlendirici soruyu tanıtın (örn. “Gelecekte nasıl birlikte yaşayacağız?”) ve Open Space'in kurallarını açıklayın.",
  "agenda.open-space.marktplatz.title": "Pazar yeri",
  "agenda.open-space.marktplatz.description": "Katılımcılar konu önerir ve bunları zaman ve oda çizelgesine yazar.",
  "agenda.open-space.gruppen-1.title": "Çalışma grupları, birinci tur",
  "agenda.open-space.gruppen-1.description": "Gruplarda sohbetler; her grup sonuçlarını bir sayfaya yazar.",
  "agenda.open-space.gruppen-2.title": "Çalışma grupları, ikinci tur",
  "agenda.open-space.gruppen-2.description": "Pazar yerinden diğer konular; sonuçlar belgeleme duvarına asılır.",
  "agenda.open-space.abschlussplenum.title": "Kapanış genel oturumu",
  "agenda.open-space.abschlussplenum.description":
    "Sonuçları gözden geçirin, öncelikleri belirleyin, somut kararlar alın.",
  "checklist.leitfrage": "Açık uçlu ve herkesi ilgilendiren bir yönlendirici soru belirleyin",
  "checklist.marktplatz": "Zaman ve oda çizelgesi içeren bir pazar yeri duvarı ile bir belgeleme duvarı hazırlayın",
  "checklist.gruppenflaechen": "Paralel çalışan gruplar için yeterli oda veya köşe sağlayın",

  // Ideenworkshop
  "summary.ideenworkshop":
    "Somut bir çıkış noktasına, örneğin bir mahallede planlanan bir konaklama yerine ilişkin atölye çalışması: önce bilgilendirme ve sorular, ardından küçük gruplarda fikirler, sonunda önceliklendirme ve somut kararlar.",
  "agenda.ideenworkshop.information.title": "Bilgilendirme ve sorular",
  "agenda.ideenworkshop.information.description": "Kamu yönetimi projeyi tanıtır ve soruları yanıtlar.",
  "agenda.ideenworkshop.kleingruppen.title": "Küçük gruplarda fikirler",
  "agenda.ideenworkshop.kleingruppen.description":
    "Her konu alanı için projenin nasıl başarılı olabileceğine dair fikirler toplayın.",
  "agenda.ideenworkshop.gewichten.title": "Fikirleri bir araya getirme ve önceliklendirme",
  "agenda.ideenworkshop.gewichten.description":
    "Benzer fikirleri birleştirin; herkes yapışkan noktalarla önceliklerini işaretler.",
  "agenda.ideenworkshop.verabredungen.title": "Somut kararlar",
  "agenda.ideenworkshop.verabredungen.description":
    "En önemli fikirler için kimin, hangi tarihe kadar ilgileneceğini kayda geçirin.",
  "checklist.anlass": "Atölye çalışmasının çıkış noktasını ve ele alacağı soruyu belirleyin",
  "checklist.fachleute": "Bilgilendirme yapmak ve soruları yanıtlamak üzere kamu yönetiminden uzmanları planlayın",

  // Frauendialog
  "summary.frauendialog":
    "Yalnızca kadınlara yönelik bir diyalog – mülteci kadınlar, gönüllüler ve yerel halktan kadınlar – güvenli bir ortamda, çocuk bakımı ve kadın tercümanlarla.",
  "agenda.frauendialog.vorstellung.title": "Tanışma turu",
  "agenda.frauendialog.vorstellung.description": "Masalarda kısa bir tanışma.",
  "agenda.frauendialog.thementische.title": "Konu masalarında sohbetler",
  "agenda.frauendialog.thementische.description":
    "Sözlü tercüme eşliğinde, örn. gündelik yaşam ve komşuluk, çocuklar ve okul, iş ve meslek eğitimi, güvenlik konularında.",
  "agenda.frauendialog.ergebnisse.title": "Sonuçları toplama",
  "agenda.frauendialog.ergebnisse.description":
    "Masalar sonuçlarını aktarır; talepler ve fikirler herkesin görebileceği şekilde kayda geçirilir.",
  "checklist.geschuetzter-rahmen":
    "Güvenli bir ortam sağlayın: katılım yalnızca kadınlara açık, moderasyon ve sözlü tercüme kadınlar tarafından",
  "checklist.tageszeit": "Aile sorumluluklarıyla bağdaştırılabilecek bir tarih ve saat seçin",

  // Mobiles Format
  "summary.mobiles-format":
    "Diyalog insanlara gider: örneğin farklı yerlerde duran ve mültecilerle yerel halkı bir kahvaltıda sohbet ettiren bir kahvaltı otobüsü. Akşam etkinliğine gelemeyen herkes için uygundur.",
  "agenda.mobiles-format.aufbau.title": "Yerinde kurulum",
  "agenda.mobiles-format.aufbau.description": "Otobüsü veya standı, masaları ve sohbet önerileri içeren bir panoyu kurun.",
  "agenda.mobiles-format.fruehstueck.title": "Herkese açık kahvaltı",
  "agenda.mobiles-format.fruehstueck.description":
    "Buluşma ve sohbet; talepler ve fikirler kartlara yazılarak panoya asılır.",
  "agenda.mobiles-format.zusammenfassen.title": "Özetleme",
  "agenda.mobiles-format.zusammenfassen.description":
    "Toplanan talepleri ve fikirleri fotoğraflayın ve değerlendirme için saklayın.",
  "agenda.mobiles-format.abbau.title": "Toparlanma",
  "agenda.mobiles-format.abbau.description": "Bir sonraki yerde tekrarlayın.",
  "checklist.standorte": "Yerleri seçin ve kamusal alanların kullanımı için gerekli izinleri alın",
  "checklist.fahrzeug": "Araç veya stand, donanım ve altyapıyı (elektrik, su, hijyen) organize edin",
  "checklist.wetter": "Kötü hava koşulları için bir çözüm öngörün",
  "checklist.impulse": "Yoldan geçerken yanıtlanabilecek kısa sohbet soruları hazırlayın",
};
