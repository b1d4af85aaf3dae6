/**
 * Demo articles: plain Vietnamese for readers of about nine years' reading age (short
 * sentences, everyday words), some with an English translation. General, well-known rules
 * and programmes only; every article says it is demo content. No text in Tày, Dao or Hmông
 * is written here: a translation into those languages must come from a real translator.
 */
export type DemoText = { title: string; summary: string; body: string };
export type DemoArticle = {
  kind: "POLICY" | "LAW" | "COMMUNE_UPDATE";
  topic: string;
  commune?: string;
  vi: DemoText;
  en?: DemoText;
  daysAgo: number;
  state?: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "WITHDRAWN";
  cover?: [sky: string, hills: string];
  audio?: boolean;
};

export const DEMO_NOTE_VI = "\n\n*Đây là bài mẫu để chạy thử cổng thông tin.*";
export const DEMO_NOTE_EN = "\n\n*This is a demo article for trying the portal.*";

export const DEMO_TOPICS = [
  { kind: "POLICY", name: "Giảm nghèo", nameEn: "Poverty reduction" },
  { kind: "POLICY", name: "Nhà ở và đất sản xuất", nameEn: "Housing and farmland" },
  { kind: "POLICY", name: "Giáo dục", nameEn: "Education" },
  { kind: "POLICY", name: "Y tế và bảo hiểm y tế", nameEn: "Health and health insurance" },
  { kind: "POLICY", name: "Vay vốn, sinh kế", nameEn: "Loans and livelihoods" },
  { kind: "LAW", name: "Đất đai", nameEn: "Land" },
  { kind: "LAW", name: "Hôn nhân và gia đình", nameEn: "Marriage and family" },
  { kind: "LAW", name: "Bảo vệ rừng", nameEn: "Forest protection" },
  { kind: "LAW", name: "Phòng, chống ma túy", nameEn: "Drug prevention" },
  { kind: "LAW", name: "Phòng, chống mua bán người", nameEn: "Human trafficking prevention" },
  { kind: "LAW", name: "Hộ tịch", nameEn: "Civil registration" },
  { kind: "LAW", name: "An toàn giao thông", nameEn: "Road safety" },
  { kind: "COMMUNE_UPDATE", name: "Sản xuất", nameEn: "Farming and production" },
  { kind: "COMMUNE_UPDATE", name: "Văn hóa, xã hội", nameEn: "Culture and society" },
  { kind: "COMMUNE_UPDATE", name: "Đường sá, điện, nước", nameEn: "Roads, power and water" },
] as const;

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    // Explains the two documents the portal carries out (legal documents register, issue 16).
    kind: "POLICY",
    topic: "",
    daysAgo: 30,
    vi: {
      title: "Cổng thông tin này được làm ra để làm gì?",
      summary:
        "Thủ tướng Chính phủ có Quyết định 414/QĐ-TTg, tỉnh có Kế hoạch 64/KH-UBND về đưa công nghệ thông tin đến với đồng bào dân tộc thiểu số. Cổng thông tin này là một việc của kế hoạch đó.",
      body: "Năm 2019, Thủ tướng Chính phủ ký Quyết định 414/QĐ-TTg. Quyết định này giao các nơi dùng công nghệ thông tin để giúp đồng bào dân tộc thiểu số làm kinh tế và giữ an ninh, trật tự, từ năm 2019 đến năm 2025.\n\nNăm 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch 64/KH-UBND để làm việc đó trong tỉnh.\n\n## Cổng thông tin giúp gì cho bạn?\n\n- Đọc tin về chính sách và pháp luật bằng lời dễ hiểu.\n- Biết sớm các thông báo về thiên tai và dịch bệnh.\n- Hỏi cán bộ và nhận câu trả lời.\n- Xem sản phẩm của xã mình và tìm tài liệu văn hóa.\n\nHãy xem phần Văn bản pháp luật để đọc tóm tắt hai văn bản này.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giảm nghèo",
    daysAgo: 1,
    cover: ["#8ecae6", "#2d6a4f"],
    audio: true,
    vi: {
      title: "Chính sách hỗ trợ hộ nghèo làm nhà ở",
      summary: "Hộ nghèo ở vùng đồng bào dân tộc thiểu số có thể được hỗ trợ tiền để làm nhà. Hãy hỏi cán bộ xã để biết cách đăng ký.",
      body: "Nhà nước có chính sách hỗ trợ hộ nghèo làm nhà ở.\n\n## Ai được hỗ trợ?\n\n- Hộ nghèo chưa có nhà, hoặc nhà đã hỏng nặng.\n- Hộ có tên trong danh sách hộ nghèo của xã.\n\n## Làm thế nào để được hỗ trợ?\n\n1. Gia đình báo với trưởng thôn.\n2. Thôn họp và bình xét.\n3. Xã gửi danh sách lên huyện và tỉnh.\n\nTiền hỗ trợ được trả cho gia đình. Không ai được thu thêm tiền của bạn. Nếu có người đòi tiền, hãy báo ngay cho xã.",
    },
    en: {
      title: "Support for poor households to build homes",
      summary: "Poor households in ethnic-minority areas can get money to build a home. Ask the commune staff how to apply.",
      body: "The State supports poor households to build homes.\n\n## Who can get support?\n\n- Poor households with no home, or a badly damaged home.\n- Households on the commune's list of poor households.\n\n## How to get support\n\n1. The family tells the village head.\n2. The village meets and reviews the request.\n3. The commune sends the list to the district and the province.\n\nThe money is paid to the family. Nobody may charge you anything. If someone asks you for money, tell the commune at once.",
    },
  },
  {
    kind: "POLICY",
    topic: "Y tế và bảo hiểm y tế",
    daysAgo: 3,
    cover: ["#a8dadc", "#457b9d"],
    vi: {
      title: "Thẻ bảo hiểm y tế giúp gì cho gia đình bạn?",
      summary: "Có thẻ bảo hiểm y tế, khi ốm bạn đi khám và chữa bệnh đỡ tốn tiền hơn.",
      body: "Thẻ bảo hiểm y tế giúp bạn trả ít tiền hơn khi khám và chữa bệnh.\n\nNhiều người dân tộc thiểu số ở vùng khó khăn được Nhà nước cấp thẻ. Hãy hỏi trạm y tế xã xem gia đình bạn có được cấp không.\n\n## Khi đi khám, nhớ mang theo\n\n- Thẻ bảo hiểm y tế.\n- Giấy tờ có ảnh, ví dụ căn cước.\n\nHãy đi khám ở trạm y tế xã trước. Nếu bệnh nặng, trạm y tế sẽ giới thiệu bạn lên bệnh viện.",
    },
    en: {
      title: "How a health insurance card helps your family",
      summary: "With a health insurance card, seeing a doctor and getting treatment costs you less.",
      body: "A health insurance card means you pay less when you see a doctor or get treatment.\n\nMany ethnic-minority people in disadvantaged areas receive a card from the State. Ask the commune health station whether your family can get one.\n\n## When you go to the doctor, bring\n\n- Your health insurance card.\n- A document with your photo, such as your ID card.\n\nGo to the commune health station first. If the illness is serious, the station will refer you to a hospital.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giáo dục",
    daysAgo: 5,
    cover: ["#ffd6a5", "#6a994e"],
    vi: {
      title: "Học sinh bán trú được hỗ trợ tiền ăn và gạo",
      summary: "Học sinh ở xa trường, phải ở lại trường, có thể được hỗ trợ tiền ăn và gạo mỗi tháng.",
      body: "Nhiều em học sinh nhà xa trường. Các em phải ở lại trường trong tuần.\n\nNhà nước hỗ trợ các em tiền ăn và gạo trong những tháng đi học.\n\n## Gia đình cần làm gì?\n\n- Hỏi nhà trường về giấy tờ cần nộp.\n- Nộp giấy tờ đúng hạn.\n\nĐi học đều giúp các em có tương lai tốt hơn. Đừng để các em bỏ học.",
    },
  },
  {
    kind: "POLICY",
    topic: "Vay vốn, sinh kế",
    daysAgo: 7,
    audio: true,
    vi: {
      title: "Vay vốn ưu đãi để chăn nuôi, trồng trọt",
      summary: "Hộ nghèo và hộ cận nghèo có thể vay vốn với lãi suất thấp để làm ăn.",
      body: "Ngân hàng Chính sách xã hội cho hộ nghèo, hộ cận nghèo vay vốn với lãi suất thấp.\n\nTiền vay dùng để chăn nuôi, trồng trọt hoặc làm nghề.\n\n## Cách vay\n\n1. Tham gia tổ tiết kiệm và vay vốn ở thôn.\n2. Tổ họp và xét cho vay.\n3. Ngân hàng giải ngân tại điểm giao dịch ở xã.\n\nHãy dùng tiền vay đúng việc và trả nợ đúng hạn.",
    },
    en: {
      title: "Low-interest loans for farming and livestock",
      summary: "Poor and near-poor households can borrow at a low interest rate to make a living.",
      body: "The Vietnam Bank for Social Policies lends to poor and near-poor households at a low interest rate.\n\nThe money is for raising animals, growing crops or a trade.\n\n## How to borrow\n\n1. Join the savings and loans group of your village.\n2. The group meets and decides on the loan.\n3. The bank pays out the loan at its service point in the commune.\n\nUse the loan for what it was meant for and repay it on time.",
    },
  },
  {
    kind: "POLICY",
    topic: "Nhà ở và đất sản xuất",
    daysAgo: 9,
    vi: {
      title: "Hỗ trợ nước sinh hoạt cho hộ khó khăn",
      summary: "Hộ nghèo thiếu nước sạch có thể được hỗ trợ mua bể, téc hoặc làm đường ống dẫn nước.",
      body: "Nước sạch giúp cả nhà khỏe mạnh.\n\nHộ nghèo thiếu nước sinh hoạt có thể được hỗ trợ:\n\n- mua bể hoặc téc chứa nước;\n- làm đường ống dẫn nước về nhà.\n\nHãy báo với trưởng thôn nếu nhà bạn thiếu nước. Xã sẽ lập danh sách và hướng dẫn gia đình.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giảm nghèo",
    daysAgo: 12,
    cover: ["#bde0fe", "#386641"],
    vi: {
      title: "Chương trình phát triển vùng đồng bào dân tộc thiểu số",
      summary: "Chương trình mục tiêu quốc gia giúp làm đường, trường, trạm y tế và hỗ trợ sinh kế cho đồng bào.",
      body: "Nhà nước có Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.\n\nChương trình giúp:\n\n- làm đường, điện, trường học, trạm y tế;\n- hỗ trợ nhà ở, đất sản xuất, nước sạch;\n- dạy nghề và giúp bà con làm ăn;\n- giữ gìn văn hóa các dân tộc.\n\nNgười dân được bàn bạc và giám sát các công trình ở thôn, xã mình.",
    },
    en: {
      title: "The programme for ethnic-minority and mountain areas",
      summary: "A national target programme builds roads, schools and health stations and supports livelihoods.",
      body: "The State runs a national target programme for the socio-economic development of ethnic-minority and mountain areas.\n\nThe programme helps to:\n\n- build roads, power lines, schools and health stations;\n- support housing, farmland and clean water;\n- train people in trades and help them make a living;\n- keep the cultures of each ethnic group alive.\n\nPeople take part in deciding on, and watching over, the works in their own village and commune.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giáo dục",
    daysAgo: 15,
    vi: {
      title: "Học nghề miễn phí cho lao động nông thôn",
      summary: "Người lao động ở nông thôn có thể được học nghề ngắn hạn miễn phí, như chăn nuôi, trồng cây, may, sửa xe.",
      body: "Bạn muốn học một nghề để có thêm thu nhập?\n\nNhiều lớp học nghề ngắn hạn được mở ngay ở xã. Người học có thể được miễn học phí và được hỗ trợ tiền ăn, tiền đi lại.\n\nMột số nghề hay học: chăn nuôi, trồng cây ăn quả, may, sửa xe máy.\n\nHãy đăng ký với cán bộ xã hoặc trưởng thôn.",
    },
  },
  {
    kind: "POLICY",
    topic: "Y tế và bảo hiểm y tế",
    daysAgo: 18,
    cover: ["#caf0f8", "#52796f"],
    vi: {
      title: "Đưa trẻ đi tiêm chủng đầy đủ, đúng lịch",
      summary: "Tiêm chủng giúp trẻ không mắc nhiều bệnh nguy hiểm. Trạm y tế xã tiêm miễn phí các mũi trong chương trình.",
      body: "Tiêm chủng giúp trẻ không mắc nhiều bệnh nguy hiểm như sởi, bạch hầu, ho gà.\n\nTrạm y tế xã tiêm miễn phí các mũi trong Chương trình tiêm chủng mở rộng.\n\n## Cha mẹ nhớ\n\n- Giữ sổ tiêm chủng của con.\n- Đưa con đi tiêm đúng ngày hẹn.\n- Sau khi tiêm, theo dõi con. Nếu con sốt cao, hãy đưa con đến trạm y tế.",
    },
  },
  {
    kind: "POLICY",
    topic: "Vay vốn, sinh kế",
    daysAgo: 21,
    vi: {
      title: "Hỗ trợ giống cây, con giống cho hộ nghèo",
      summary: "Hộ nghèo có thể được hỗ trợ giống cây, con giống và được hướng dẫn cách chăm sóc.",
      body: "Để giúp bà con làm ăn, nhiều xã hỗ trợ hộ nghèo giống cây, con giống như bò, lợn, gà, cây ăn quả.\n\nCán bộ khuyến nông sẽ đến hướng dẫn cách chăm sóc.\n\nHãy chăm sóc tốt để vật nuôi, cây trồng lớn nhanh. Khi có lợi, gia đình có thể giúp lại hộ khác trong thôn.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giảm nghèo",
    daysAgo: 24,
    vi: {
      title: "Người có uy tín được hỗ trợ và tập huấn",
      summary: "Người có uy tín trong đồng bào dân tộc thiểu số được Nhà nước hỗ trợ và được mời dự các lớp tập huấn.",
      body: "Người có uy tín là người được bà con trong thôn tin yêu, nghe theo.\n\nNhà nước ghi nhận công sức của người có uy tín. Họ được thăm hỏi, tặng quà dịp lễ, Tết và được mời dự các lớp tập huấn về chính sách, pháp luật.\n\nNgười có uy tín giúp chuyển thông tin về chính sách, pháp luật đến từng gia đình.",
    },
    en: {
      title: "Support and training for prestigious persons",
      summary: "Prestigious persons in ethnic-minority communities receive State support and are invited to training courses.",
      body: "A prestigious person is someone the people of a village trust and listen to.\n\nThe State recognises their work. They are visited, receive gifts at holidays and Tết, and are invited to training on policy and law.\n\nPrestigious persons help bring news about policy and law to every family.",
    },
  },
  {
    kind: "POLICY",
    topic: "Nhà ở và đất sản xuất",
    daysAgo: 28,
    state: "SCHEDULED",
    vi: {
      title: "Lịch tiếp nhận hồ sơ hỗ trợ đất sản xuất năm tới",
      summary: "Xã sẽ thông báo lịch tiếp nhận hồ sơ hỗ trợ đất sản xuất cho hộ nghèo thiếu đất.",
      body: "Hộ nghèo thiếu đất sản xuất có thể được hỗ trợ.\n\nXã sẽ thông báo ngày nhận hồ sơ. Hãy chuẩn bị sổ hộ nghèo và giấy tờ về đất đang có.",
    },
  },
  {
    kind: "POLICY",
    topic: "Giáo dục",
    daysAgo: 30,
    state: "DRAFT",
    vi: {
      title: "Học bổng cho học sinh dân tộc thiểu số học giỏi",
      summary: "Bản nháp: thông tin về học bổng cho học sinh dân tộc thiểu số.",
      body: "Bài đang viết.",
    },
  },
  {
    kind: "LAW",
    topic: "Hôn nhân và gia đình",
    daysAgo: 2,
    cover: ["#ffc8dd", "#588157"],
    audio: true,
    vi: {
      title: "Không tảo hôn: nam đủ 20 tuổi, nữ đủ 18 tuổi mới được kết hôn",
      summary: "Luật quy định nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi mới được kết hôn. Lấy vợ, lấy chồng sớm hơn là tảo hôn.",
      body: "Luật Hôn nhân và gia đình quy định:\n\n- Nam từ đủ **20 tuổi** trở lên mới được kết hôn.\n- Nữ từ đủ **18 tuổi** trở lên mới được kết hôn.\n\nLấy vợ, lấy chồng khi chưa đủ tuổi là **tảo hôn**. Tảo hôn là vi phạm pháp luật.\n\n## Tảo hôn có hại gì?\n\n- Các em phải bỏ học.\n- Mẹ còn nhỏ, sinh con dễ bị nguy hiểm cho cả mẹ và con.\n- Gia đình dễ nghèo hơn.\n\nHãy để các em đi học, lớn lên rồi mới lập gia đình.",
    },
    en: {
      title: "No child marriage: men from 20, women from 18",
      summary: "The law says a man must be at least 20 and a woman at least 18 to marry. Marrying younger is child marriage.",
      body: "The Law on Marriage and Family says:\n\n- A man may marry from the age of **20**.\n- A woman may marry from the age of **18**.\n\nMarrying before that age is **child marriage**, which is against the law.\n\n## Why is child marriage harmful?\n\n- Children have to leave school.\n- A very young mother and her baby are at risk in childbirth.\n- The family is more likely to be poor.\n\nLet children go to school and grow up before they marry.",
    },
  },
  {
    kind: "LAW",
    topic: "Hôn nhân và gia đình",
    daysAgo: 6,
    vi: {
      title: "Không kết hôn cận huyết thống",
      summary: "Luật cấm kết hôn giữa những người cùng dòng máu trực hệ và những người có họ trong phạm vi ba đời.",
      body: "Kết hôn cận huyết thống là lấy vợ, lấy chồng giữa những người có họ hàng gần.\n\nLuật Hôn nhân và gia đình **cấm** kết hôn giữa:\n\n- những người cùng dòng máu trực hệ, ví dụ ông với cháu, cha với con;\n- những người có họ trong phạm vi ba đời, ví dụ anh chị em họ.\n\nCon sinh ra từ hôn nhân cận huyết dễ mắc bệnh, dễ bị dị tật.\n\nHãy nói với con cháu về điều này.",
    },
  },
  {
    kind: "LAW",
    topic: "Bảo vệ rừng",
    daysAgo: 8,
    cover: ["#d8f3dc", "#1b4332"],
    vi: {
      title: "Cùng nhau giữ rừng, phòng cháy rừng",
      summary: "Không đốt nương gần rừng khi trời hanh khô. Thấy cháy rừng, hãy báo ngay cho thôn, xã và kiểm lâm.",
      body: "Rừng cho ta nước, gỗ, thuốc và giữ đất không bị sạt lở.\n\n## Không được\n\n- Chặt cây, phá rừng trái phép.\n- Đốt nương gần rừng khi trời hanh khô, gió to.\n- Săn bắt thú rừng quý hiếm.\n\n## Khi thấy cháy rừng\n\n1. Báo ngay cho trưởng thôn, xã hoặc kiểm lâm.\n2. Cùng mọi người dập lửa nếu an toàn.\n\nPhá rừng trái phép có thể bị phạt tiền hoặc bị truy cứu trách nhiệm hình sự.",
    },
    en: {
      title: "Protect the forest together, prevent forest fires",
      summary:
        "Do not burn fields near the forest in dry weather. If you see a forest fire, tell the village, the commune and the forest rangers at once.",
      body: "The forest gives us water, wood and medicine, and keeps the soil from sliding.\n\n## Do not\n\n- Cut trees or clear forest without permission.\n- Burn fields near the forest in dry, windy weather.\n- Hunt rare wild animals.\n\n## If you see a forest fire\n\n1. Tell the village head, the commune or the forest rangers at once.\n2. Help put it out with others if it is safe.\n\nIllegal logging can be fined or prosecuted as a crime.",
    },
  },
  {
    kind: "LAW",
    topic: "Phòng, chống ma túy",
    daysAgo: 11,
    vi: {
      title: "Trồng cây thuốc phiện là vi phạm pháp luật",
      summary: "Không trồng cây thuốc phiện, cây cần sa. Không dùng, không mua bán, không cất giữ ma túy.",
      body: "Ma túy làm hại sức khỏe, làm tan nát gia đình.\n\nPháp luật cấm:\n\n- trồng cây thuốc phiện, cây cần sa;\n- dùng, mua bán, cất giữ, vận chuyển ma túy.\n\nNếu thấy ai trồng cây thuốc phiện hoặc mua bán ma túy, hãy báo cho công an xã.\n\nNgười nghiện ma túy cần được giúp đỡ để cai nghiện. Hãy đến trạm y tế hoặc công an xã để được hướng dẫn.",
    },
  },
  {
    kind: "LAW",
    topic: "Phòng, chống mua bán người",
    daysAgo: 14,
    audio: true,
    vi: {
      title: "Cẩn thận với lời mời đi làm việc nhẹ lương cao",
      summary: "Kẻ xấu hay hứa việc nhẹ, lương cao ở xa để lừa bán người. Hãy hỏi kỹ và báo cho gia đình, công an xã.",
      body: "Kẻ mua bán người thường:\n\n- hứa tìm việc nhẹ, lương cao ở nơi xa;\n- hứa lấy chồng giàu ở nước ngoài;\n- làm quen qua điện thoại, mạng xã hội rồi rủ đi chơi xa.\n\n## Để an toàn\n\n- Không đi theo người mới quen.\n- Trước khi đi làm xa, hãy báo cho gia đình và xã.\n- Giữ giấy tờ của mình, không đưa cho người lạ.\n\nNếu nghi có người bị lừa bán, hãy gọi công an xã hoặc gọi **111** (tổng đài bảo vệ trẻ em, miễn phí).",
    },
    en: {
      title: "Beware of offers of easy, well-paid work",
      summary: "Traffickers promise easy, well-paid jobs far away. Ask carefully, and tell your family and the commune police.",
      body: "People traffickers often:\n\n- promise easy, well-paid jobs far away;\n- promise a rich husband abroad;\n- make friends by phone or social media, then invite you on a trip.\n\n## To stay safe\n\n- Do not go off with someone you have just met.\n- Before going away for work, tell your family and the commune.\n- Keep your own papers; never hand them to strangers.\n\nIf you think someone is being trafficked, call the commune police or **111** (the free child protection line).",
    },
  },
  {
    kind: "LAW",
    topic: "Hộ tịch",
    daysAgo: 17,
    cover: ["#fde2e4", "#606c38"],
    vi: {
      title: "Đăng ký khai sinh cho con trong 60 ngày",
      summary: "Trong 60 ngày kể từ ngày sinh, cha hoặc mẹ phải đăng ký khai sinh cho con ở ủy ban nhân dân xã.",
      body: "Giấy khai sinh là giấy tờ đầu tiên của mỗi người. Con cần giấy khai sinh để đi học, làm bảo hiểm y tế và nhiều việc khác.\n\n## Cần làm gì?\n\n- Trong **60 ngày** kể từ ngày sinh, cha hoặc mẹ đi đăng ký khai sinh cho con.\n- Đến ủy ban nhân dân xã nơi cha hoặc mẹ cư trú.\n- Mang theo giấy chứng sinh (nếu có) và giấy tờ tùy thân.\n\nĐăng ký khai sinh đúng hạn không mất lệ phí.",
    },
    en: {
      title: "Register your baby's birth within 60 days",
      summary: "Within 60 days of the birth, the father or mother must register it at the commune People's Committee.",
      body: "A birth certificate is everyone's first document. A child needs it to go to school, to get health insurance and much more.\n\n## What to do\n\n- Within **60 days** of the birth, the father or mother registers it.\n- Go to the People's Committee of the commune where the father or mother lives.\n- Bring the birth notice from the health facility (if any) and your ID.\n\nRegistering on time costs nothing.",
    },
  },
  {
    kind: "LAW",
    topic: "Hộ tịch",
    daysAgo: 20,
    vi: {
      title: "Khi người thân mất, cần đăng ký khai tử",
      summary: "Trong 15 ngày kể từ ngày người thân mất, gia đình cần đăng ký khai tử ở ủy ban nhân dân xã.",
      body: "Khi có người thân qua đời, gia đình cần đăng ký khai tử.\n\n- Thời hạn: trong **15 ngày** kể từ ngày mất.\n- Nơi đăng ký: ủy ban nhân dân xã nơi người mất cư trú cuối cùng.\n\nĐăng ký khai tử giúp gia đình làm các việc sau này, như chia thừa kế, nhận chế độ.",
    },
  },
  {
    kind: "LAW",
    topic: "An toàn giao thông",
    daysAgo: 23,
    cover: ["#e9edc9", "#bc6c25"],
    vi: {
      title: "Đội mũ bảo hiểm khi đi xe máy",
      summary: "Người lái xe và người ngồi sau đều phải đội mũ bảo hiểm và cài quai đúng cách.",
      body: "Đội mũ bảo hiểm giúp bảo vệ đầu khi không may bị ngã.\n\n- Người lái xe máy và người ngồi sau, cả trẻ em từ 6 tuổi trở lên, đều phải đội mũ bảo hiểm.\n- Cài quai mũ chặt dưới cằm.\n- Chọn mũ vừa đầu, có tem chất lượng.\n\nKhông đội mũ bảo hiểm có thể bị phạt tiền.",
    },
  },
  {
    kind: "LAW",
    topic: "An toàn giao thông",
    daysAgo: 26,
    vi: {
      title: "Đã uống rượu, bia thì không lái xe",
      summary: "Pháp luật cấm lái xe khi trong người có rượu, bia. Uống rồi thì nhờ người khác đưa về.",
      body: "Rượu, bia làm người lái xe chậm phản ứng, dễ gây tai nạn.\n\nPháp luật **cấm** lái xe khi trong máu hoặc hơi thở có nồng độ cồn. Vi phạm sẽ bị phạt nặng và có thể bị tạm giữ xe.\n\nNếu đã uống rượu, bia, hãy nhờ người khác đưa về hoặc nghỉ lại.",
    },
    en: {
      title: "If you have been drinking, do not drive",
      summary: "The law forbids driving with any alcohol in your body. If you have been drinking, ask someone else to take you home.",
      body: "Alcohol slows a driver down and causes accidents.\n\nThe law **forbids** driving with any alcohol in your blood or breath. Offenders are heavily fined and their vehicle may be held.\n\nIf you have been drinking, ask someone else to take you home, or stay the night.",
    },
  },
  {
    kind: "LAW",
    topic: "Đất đai",
    daysAgo: 29,
    vi: {
      title: "Giấy chứng nhận quyền sử dụng đất quan trọng thế nào?",
      summary: "Có giấy chứng nhận, gia đình bạn được pháp luật bảo vệ quyền với mảnh đất của mình.",
      body: "Giấy chứng nhận quyền sử dụng đất (thường gọi là sổ đỏ) cho biết ai có quyền dùng mảnh đất.\n\nCó giấy chứng nhận, bạn có thể:\n\n- được bảo vệ khi có tranh chấp;\n- thế chấp để vay vốn ngân hàng;\n- để lại cho con cháu theo đúng pháp luật.\n\nHãy hỏi cán bộ địa chính xã về cách làm giấy chứng nhận.",
    },
  },
  {
    kind: "LAW",
    topic: "Đất đai",
    daysAgo: 32,
    state: "WITHDRAWN",
    vi: {
      title: "Hướng dẫn cũ về thủ tục đất đai",
      summary: "Bài hướng dẫn thủ tục đất đai theo quy định cũ.",
      body: "Bài này hướng dẫn thủ tục theo quy định cũ.",
    },
  },
  {
    kind: "LAW",
    topic: "Phòng, chống ma túy",
    daysAgo: 35,
    state: "IN_REVIEW",
    vi: {
      title: "Dấu hiệu người nghiện ma túy và cách giúp đỡ",
      summary: "Bài đang chờ duyệt.",
      body: "Bài đang chờ cán bộ duyệt.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Sản xuất",
    commune: "minh-dan",
    daysAgo: 2,
    cover: ["#fefae0", "#606c38"],
    vi: {
      title: "Xã Minh Dân trồng thêm cây chè",
      summary: "Bà con các thôn đã trồng thêm chè trên đất đồi. Cán bộ khuyến nông hướng dẫn cách chăm sóc.",
      body: "Tháng này, bà con các thôn của xã Minh Dân trồng thêm chè trên đất đồi.\n\nCán bộ khuyến nông đã đến từng thôn hướng dẫn cách trồng và bón phân.\n\nChè lớn sẽ giúp bà con có thêm thu nhập.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Văn hóa, xã hội",
    commune: "minh-dan",
    daysAgo: 10,
    vi: {
      title: "Họp thôn phổ biến luật hôn nhân và gia đình",
      summary: "Các thôn của xã Minh Dân đã họp để nói về tác hại của tảo hôn và hôn nhân cận huyết.",
      body: "Các thôn của xã Minh Dân đã họp thôn.\n\nCán bộ xã và người có uy tín nói với bà con về tác hại của tảo hôn và hôn nhân cận huyết.\n\nNhiều gia đình hứa để con đi học đến khi đủ tuổi mới lập gia đình.",
    },
    en: {
      title: "Village meetings on the marriage and family law",
      summary: "The villages of Minh Dân commune met to talk about the harm done by child marriage and consanguineous marriage.",
      body: "The villages of Minh Dân commune held meetings.\n\nCommune staff and prestigious persons talked with people about the harm done by child marriage and consanguineous marriage.\n\nMany families promised to keep their children in school until they are old enough to marry.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Đường sá, điện, nước",
    commune: "thuong-lam",
    daysAgo: 4,
    cover: ["#cde7b0", "#7f5539"],
    vi: {
      title: "Thượng Lâm làm xong đường bê tông vào thôn",
      summary: "Con đường bê tông mới giúp bà con đi lại, chở nông sản dễ hơn, kể cả ngày mưa.",
      body: "Xã Thượng Lâm đã làm xong đoạn đường bê tông vào thôn.\n\nTrước đây, ngày mưa đường rất lầy. Nay bà con đi lại, chở nông sản đi bán dễ hơn.\n\nBà con cùng góp công làm đường. Xã cảm ơn bà con.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Văn hóa, xã hội",
    commune: "thuong-lam",
    daysAgo: 13,
    vi: {
      title: "Lớp học chữ cho người lớn ở Thượng Lâm",
      summary: "Xã mở lớp học chữ buổi tối cho người lớn chưa biết đọc, biết viết.",
      body: "Xã Thượng Lâm mở lớp học chữ buổi tối cho người lớn.\n\nLớp học miễn phí. Giáo viên dạy đọc, viết và làm tính.\n\nAi muốn học, hãy đăng ký với trưởng thôn.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Sản xuất",
    commune: "hong-quang",
    daysAgo: 6,
    vi: {
      title: "Hồng Quang hướng dẫn phòng bệnh cho trâu, bò mùa rét",
      summary: "Cán bộ thú y xã nhắc bà con che chuồng, dự trữ thức ăn và tiêm phòng cho trâu, bò.",
      body: "Mùa rét đến, trâu, bò dễ bị ốm.\n\nCán bộ thú y xã Hồng Quang nhắc bà con:\n\n- che chắn chuồng cho kín gió;\n- dự trữ rơm, cỏ khô;\n- không thả trâu, bò ra đồi khi trời quá rét;\n- tiêm phòng đầy đủ.",
    },
    en: {
      title: "Hồng Quang: keeping cattle healthy in the cold season",
      summary: "The commune's vet reminds people to shelter their buffalo and cows, store feed and vaccinate.",
      body: "In the cold season, buffalo and cows fall ill easily.\n\nThe vet of Hồng Quang commune reminds people to:\n\n- close the sheds against the wind;\n- store straw and dry grass;\n- keep buffalo and cows in when it is very cold;\n- have them vaccinated.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Đường sá, điện, nước",
    commune: "yen-thuan",
    daysAgo: 9,
    vi: {
      title: "Yên Thuận có thêm công trình nước sạch",
      summary: "Công trình nước sạch mới đưa nước về cho các hộ ở thôn xa.",
      body: "Xã Yên Thuận vừa có thêm một công trình nước sạch.\n\nNước được dẫn về các hộ ở thôn xa. Bà con không phải đi xa lấy nước nữa.\n\nHãy cùng giữ gìn đường ống và dùng nước tiết kiệm.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Văn hóa, xã hội",
    commune: "tan-trao",
    daysAgo: 16,
    cover: ["#ffe5d9", "#9d8189"],
    vi: {
      title: "Tân Trào tổ chức ngày hội văn hóa các dân tộc",
      summary: "Bà con các dân tộc trong xã cùng hát, múa và giới thiệu món ăn truyền thống.",
      body: "Xã Tân Trào tổ chức ngày hội văn hóa các dân tộc.\n\nBà con cùng hát, múa, chơi trò chơi dân gian và giới thiệu các món ăn truyền thống.\n\nNgày hội giúp bà con thêm gắn bó và giữ gìn văn hóa của dân tộc mình.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Sản xuất",
    commune: "kim-binh",
    daysAgo: 19,
    vi: {
      title: "Kim Bình hướng dẫn trồng cây ăn quả",
      summary: "Cán bộ khuyến nông hướng dẫn bà con cách trồng và chăm sóc cây cam, cây bưởi.",
      body: "Xã Kim Bình mở lớp hướng dẫn trồng cây ăn quả.\n\nBà con được học cách chọn giống, đào hố, bón phân và phòng sâu bệnh cho cây cam, cây bưởi.\n\nSau lớp học, nhiều hộ đăng ký trồng thêm cây.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Văn hóa, xã hội",
    commune: "hong-quang",
    daysAgo: 22,
    vi: {
      title: "Hồng Quang trao quà cho học sinh nghèo vượt khó",
      summary: "Xã trao sách vở và áo ấm cho học sinh có hoàn cảnh khó khăn.",
      body: "Xã Hồng Quang trao sách vở và áo ấm cho học sinh có hoàn cảnh khó khăn.\n\nCác em hứa sẽ chăm chỉ học tập.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Đường sá, điện, nước",
    commune: "minh-dan",
    daysAgo: 25,
    state: "DRAFT",
    vi: {
      title: "Kế hoạch sửa đường vào thôn 3",
      summary: "Bản nháp của cán bộ xã.",
      body: "Bài đang viết.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Sản xuất",
    commune: "yen-thuan",
    daysAgo: 27,
    vi: {
      title: "Yên Thuận lập tổ hợp tác nuôi ong",
      summary: "Một số hộ ở Yên Thuận cùng lập tổ hợp tác để nuôi ong lấy mật.",
      body: "Một số hộ ở xã Yên Thuận đã cùng lập tổ hợp tác nuôi ong lấy mật.\n\nCác hộ giúp nhau học cách nuôi ong và cùng tìm nơi bán mật.\n\nAi muốn tham gia, hãy hỏi trưởng thôn.",
    },
  },
  {
    kind: "COMMUNE_UPDATE",
    topic: "Văn hóa, xã hội",
    commune: "kim-binh",
    daysAgo: 31,
    vi: {
      title: "Kim Bình ra quân vệ sinh đường làng",
      summary: "Bà con các thôn cùng dọn dẹp đường làng, khơi thông rãnh nước.",
      body: "Sáng chủ nhật, bà con các thôn của xã Kim Bình cùng dọn dẹp đường làng và khơi thông rãnh nước.\n\nĐường làng sạch đẹp giúp cả thôn khỏe mạnh hơn.",
    },
  },
];
