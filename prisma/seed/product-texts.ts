/**
 * Demo producers and products: the kind of things the province is known for. Everything here is
 * demo data (flagged `isDemo`, shown with a "demo" note): producers, phone numbers (0900 000 0xx
 * placeholders), coordinates and the OCOP decisions ("DEMO-…") are made up. No minority-language
 * text is invented; English is given for most products, a few are left without it on purpose
 * (the back office flags them).
 */
export type DemoProducer = {
  key: string;
  name: string;
  kind: "COOPERATIVE" | "ENTERPRISE" | "HOUSEHOLD" | "ARTISAN_GROUP";
  commune: string;
  village?: number;
  groups?: string[];
  story: string;
  storyEn?: string;
  phone: string;
  zalo?: string;
  address: string;
  coordinates?: [number, number];
};

export type DemoProduct = {
  producer: string;
  category: "FOOD" | "BEVERAGE" | "HERBAL" | "TEXTILE" | "HANDICRAFT" | "TOURISM" | "OTHER";
  vi: { name: string; description: string; ingredients?: string; process?: string; unit?: string };
  en?: { name: string; description: string; ingredients?: string; process?: string; unit?: string };
  price?: [number, number];
  months?: number[];
  /** Stars and how many months ago the (demo) rating was recognised. */
  rating?: { stars: 3 | 4 | 5; monthsAgo: number; decision: string };
  colours: [string, string];
};

export const DEMO_PRODUCERS: DemoProducer[] = [
  {
    key: "che",
    name: "Hợp tác xã Chè Shan tuyết Minh Dân",
    kind: "COOPERATIVE",
    commune: "minh-dan",
    village: 1,
    groups: ["Dao"],
    story: "Hợp tác xã của các hộ người Dao chăm sóc những cây chè Shan tuyết cổ thụ trên núi cao, hái tay và sao trên chảo gang.",
    storyEn:
      "A cooperative of Dao households who tend old Shan tuyet tea trees high in the mountains, pick by hand and roast in cast-iron pans.",
    phone: "0900000011",
    address: "Thôn 1, xã Minh Dân",
    coordinates: [21.9312, 105.2861],
  },
  {
    key: "cam",
    name: "Hợp tác xã Cam sành Hồng Quang",
    kind: "COOPERATIVE",
    commune: "hong-quang",
    village: 2,
    story: "Vùng cam sành trên đất đồi, quả chín vào mùa đông, vỏ sần, vị ngọt đậm.",
    storyEn: "King oranges grown on hill land, ripening in winter: rough skin, rich sweet taste.",
    phone: "0900000012",
    address: "Thôn 2, xã Hồng Quang",
    coordinates: [21.8402, 105.1123],
  },
  {
    key: "mat-ong",
    name: "Hộ kinh doanh Mật ong Yên Thuận",
    kind: "HOUSEHOLD",
    commune: "yen-thuan",
    village: 3,
    story: "Gia đình nuôi ong nội dưới tán rừng, quay mật theo mùa hoa.",
    storyEn: "A family keeping native bees under the forest canopy, harvesting honey with each flowering season.",
    phone: "0900000013",
    zalo: "0900000023",
    address: "Thôn 3, xã Yên Thuận",
  },
  {
    key: "gao",
    name: "Hợp tác xã Gạo Bao thai Thượng Lâm",
    kind: "COOPERATIVE",
    commune: "thuong-lam",
    village: 1,
    groups: ["Tày"],
    story: "Ruộng bậc thang của đồng bào Tày trồng giống lúa Bao thai và nếp cái hoa vàng, một vụ mỗi năm.",
    storyEn: "Terraced fields of Tày farmers growing Bao thai rice and yellow-flower glutinous rice, one crop a year.",
    phone: "0900000014",
    address: "Thôn 1, xã Thượng Lâm",
    coordinates: [22.1025, 105.0147],
  },
  {
    key: "tho-cam",
    name: "Tổ hợp tác dệt thổ cẩm Thượng Lâm",
    kind: "ARTISAN_GROUP",
    commune: "thuong-lam",
    village: 2,
    groups: ["Tày"],
    story: "Các chị em người Tày dệt thổ cẩm trên khung cửi truyền thống, nhuộm chàm tự trồng.",
    storyEn: "Tày women weaving brocade on traditional looms, dyed with indigo they grow themselves.",
    phone: "0900000015",
    address: "Thôn 2, xã Thượng Lâm",
  },
  {
    key: "duoc-lieu",
    name: "Hợp tác xã Dược liệu Kim Bình",
    kind: "COOPERATIVE",
    commune: "kim-binh",
    village: 1,
    groups: ["Dao"],
    story: "Thu hái và chế biến các bài thuốc nam theo kinh nghiệm của người Dao, trồng thêm cây thuốc dưới tán rừng.",
    storyEn: "Gathering and preparing Dao herbal remedies, and growing medicinal plants under the forest canopy.",
    phone: "0900000016",
    address: "Thôn 1, xã Kim Bình",
    coordinates: [22.0541, 105.2318],
  },
  {
    key: "homestay",
    name: "Homestay nhà sàn Tân Trào",
    kind: "HOUSEHOLD",
    commune: "tan-trao",
    village: 2,
    groups: ["Tày"],
    story: "Nhà sàn gỗ của một gia đình người Tày đón khách, nấu cơm lam, dẫn khách đi bản.",
    storyEn: "A Tày family's wooden stilt house welcoming guests, cooking bamboo-tube rice and guiding walks through the village.",
    phone: "0900000017",
    address: "Thôn 2, xã Tân Trào",
    coordinates: [21.7804, 105.4321],
  },
  {
    key: "may-tre",
    name: "Hợp tác xã Mây tre đan Minh Dân",
    kind: "COOPERATIVE",
    commune: "minh-dan",
    village: 2,
    story: "Đan đồ dùng bằng mây, tre, giang lấy từ rừng trồng của xã.",
    phone: "0900000018",
    address: "Thôn 2, xã Minh Dân",
  },
  {
    key: "mang",
    name: "Công ty Nông sản Yên Thuận",
    kind: "ENTERPRISE",
    commune: "yen-thuan",
    story: "Doanh nghiệp nhỏ thu mua măng, ớt của bà con trong xã để chế biến và đóng gói.",
    storyEn: "A small company buying bamboo shoots and chilli from local farmers to process and pack.",
    phone: "02073000019",
    address: "Trung tâm xã Yên Thuận",
    coordinates: [22.2103, 105.3512],
  },
];

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    producer: "che",
    category: "BEVERAGE",
    price: [300_000, 1_200_000],
    months: [3, 4, 5, 6, 7, 8, 9, 10],
    rating: { stars: 4, monthsAgo: 18, decision: "DEMO-101/QĐ-UBND" },
    colours: ["#9fd3a8", "#2f6b3a"],
    vi: {
      name: "Chè Shan tuyết Minh Dân",
      description: "Chè búp từ cây chè Shan tuyết cổ thụ, nước vàng sánh, hậu ngọt.",
      ingredients: "Búp chè Shan tuyết",
      process: "Hái tay một tôm hai lá, héo, vò và sao trên chảo gang.",
      unit: "kg",
    },
    en: {
      name: "Minh Dan Shan tuyet tea",
      description: "Tea buds from old Shan tuyet trees: a golden, smooth liquor with a sweet aftertaste.",
      ingredients: "Shan tuyet tea buds",
      process: "Hand-picked (one bud, two leaves), withered, rolled and roasted in cast-iron pans.",
      unit: "kg",
    },
  },
  {
    producer: "che",
    category: "BEVERAGE",
    price: [150_000, 250_000],
    colours: ["#b7e0b0", "#3e7d3a"],
    vi: { name: "Chè xanh túi lọc Minh Dân", description: "Chè xanh sấy khô đóng túi lọc, tiện pha ở văn phòng.", unit: "hộp 25 túi" },
    en: {
      name: "Minh Dan green tea bags",
      description: "Dried green tea in tea bags, easy to brew at the office.",
      unit: "box of 25 bags",
    },
  },
  {
    producer: "cam",
    category: "FOOD",
    price: [25_000, 40_000],
    months: [10, 11, 12, 1],
    rating: { stars: 3, monthsAgo: 10, decision: "DEMO-102/QĐ-UBND" },
    colours: ["#ffd08a", "#d9822b"],
    vi: {
      name: "Cam sành Hồng Quang",
      description: "Quả cam sành vỏ sần, nhiều nước, vị ngọt đậm, thu hoạch từ tháng 10 đến tháng 1.",
      unit: "kg",
    },
    en: {
      name: "Hong Quang king oranges",
      description: "Rough-skinned, juicy king oranges with a rich sweet taste, harvested from October to January.",
      unit: "kg",
    },
  },
  {
    producer: "cam",
    category: "FOOD",
    price: [80_000, 120_000],
    colours: ["#ffe0a8", "#c46a1b"],
    vi: {
      name: "Mứt vỏ cam Hồng Quang",
      description: "Mứt làm từ vỏ cam sành, dẻo thơm, ít ngọt.",
      ingredients: "Vỏ cam sành, đường",
      unit: "hộp 300 g",
    },
    en: {
      name: "Hong Quang candied orange peel",
      description: "Candied king orange peel, soft and fragrant, not too sweet.",
      ingredients: "King orange peel, sugar",
      unit: "300 g box",
    },
  },
  {
    producer: "mat-ong",
    category: "FOOD",
    price: [350_000, 500_000],
    months: [3, 4, 5],
    rating: { stars: 4, monthsAgo: 40, decision: "DEMO-103/QĐ-UBND" },
    colours: ["#ffe9a8", "#b8860b"],
    vi: {
      name: "Mật ong hoa rừng Yên Thuận",
      description: "Mật ong của đàn ong nội nuôi dưới tán rừng, màu hổ phách, thơm mùi hoa rừng.",
      unit: "lít",
    },
    en: {
      name: "Yen Thuan wild flower honey",
      description: "Honey from native bees kept under the forest canopy: amber colour, scent of forest flowers.",
      unit: "litre",
    },
  },
  {
    producer: "mat-ong",
    category: "FOOD",
    price: [250_000, 300_000],
    months: [2, 3],
    colours: ["#fff2c4", "#caa24a"],
    vi: { name: "Mật ong hoa nhãn Yên Thuận", description: "Mật ong quay vào mùa hoa nhãn, vị ngọt thanh.", unit: "lít" },
    en: {
      name: "Yen Thuan longan flower honey",
      description: "Honey harvested in the longan flowering season, with a light sweetness.",
      unit: "litre",
    },
  },
  {
    producer: "mat-ong",
    category: "OTHER",
    price: [100_000, 150_000],
    colours: ["#f6e7b0", "#9c7a1e"],
    vi: { name: "Sáp ong nguyên chất", description: "Sáp ong lọc sạch, dùng làm nến hoặc bôi gỗ.", unit: "bánh 500 g" },
  },
  {
    producer: "gao",
    category: "FOOD",
    price: [25_000, 35_000],
    months: [10, 11, 12],
    rating: { stars: 3, monthsAgo: 2, decision: "DEMO-104/QĐ-UBND" },
    colours: ["#f4f1d0", "#8aa849"],
    vi: { name: "Gạo Bao thai Thượng Lâm", description: "Gạo Bao thai hạt nhỏ, cơm dẻo, thơm, trồng trên ruộng bậc thang.", unit: "kg" },
    en: {
      name: "Thuong Lam Bao thai rice",
      description: "Small-grained Bao thai rice, soft and fragrant when cooked, grown on terraced fields.",
      unit: "kg",
    },
  },
  {
    producer: "gao",
    category: "FOOD",
    price: [40_000, 50_000],
    months: [10, 11],
    colours: ["#fbf5d8", "#a3b84f"],
    vi: { name: "Gạo nếp cái hoa vàng Thượng Lâm", description: "Nếp hạt tròn, dẻo thơm, dùng đồ xôi, gói bánh.", unit: "kg" },
    en: {
      name: "Thuong Lam yellow-flower sticky rice",
      description: "Round-grained glutinous rice, soft and fragrant, for sticky rice and cakes.",
      unit: "kg",
    },
  },
  {
    producer: "gao",
    category: "FOOD",
    price: [60_000, 80_000],
    colours: ["#e8efc8", "#6f8f35"],
    vi: { name: "Cốm Thượng Lâm", description: "Cốm làm từ lúa nếp non, rang và giã tay.", unit: "kg" },
  },
  {
    producer: "tho-cam",
    category: "TEXTILE",
    price: [150_000, 300_000],
    rating: { stars: 3, monthsAgo: 14, decision: "DEMO-105/QĐ-UBND" },
    colours: ["#c9b6e4", "#5b3a8c"],
    vi: {
      name: "Khăn thổ cẩm Tày",
      description: "Khăn dệt tay trên khung cửi, hoa văn truyền thống, nhuộm chàm.",
      ingredients: "Sợi bông, chàm",
      unit: "chiếc",
    },
    en: {
      name: "Tày brocade scarf",
      description: "A scarf hand-woven on the loom with traditional patterns, dyed with indigo.",
      ingredients: "Cotton yarn, indigo",
      unit: "piece",
    },
  },
  {
    producer: "tho-cam",
    category: "TEXTILE",
    price: [200_000, 450_000],
    colours: ["#d8c4ef", "#6c3d99"],
    vi: { name: "Túi thổ cẩm", description: "Túi đeo vai may từ vải thổ cẩm dệt tay.", unit: "chiếc" },
    en: { name: "Brocade shoulder bag", description: "A shoulder bag sewn from hand-woven brocade.", unit: "piece" },
  },
  {
    producer: "tho-cam",
    category: "TEXTILE",
    price: [300_000, 600_000],
    colours: ["#bfa8dc", "#4b2b78"],
    vi: { name: "Vải thổ cẩm dệt tay", description: "Vải thổ cẩm bán theo mét, khổ 40 cm.", unit: "mét" },
    en: { name: "Hand-woven brocade cloth", description: "Brocade cloth sold by the metre, 40 cm wide.", unit: "metre" },
  },
  {
    producer: "duoc-lieu",
    category: "HERBAL",
    price: [50_000, 90_000],
    rating: { stars: 4, monthsAgo: 35, decision: "DEMO-106/QĐ-UBND" },
    colours: ["#cfe6c2", "#4d7a3a"],
    vi: {
      name: "Thuốc tắm người Dao",
      description: "Bài thuốc tắm từ nhiều loại lá rừng theo kinh nghiệm của người Dao, giúp thư giãn.",
      ingredients: "Lá rừng khô (nhiều loại)",
      unit: "túi 500 g",
    },
    en: {
      name: "Dao herbal bath",
      description: "A bath of many forest leaves, from Dao tradition, for relaxing.",
      ingredients: "Dried forest leaves (several kinds)",
      unit: "500 g bag",
    },
  },
  {
    producer: "duoc-lieu",
    category: "HERBAL",
    price: [120_000, 200_000],
    colours: ["#d9ebcf", "#557f3e"],
    vi: { name: "Trà giảo cổ lam Kim Bình", description: "Giảo cổ lam sấy khô, pha uống như trà.", unit: "gói 200 g" },
    en: { name: "Kim Binh jiaogulan tea", description: "Dried jiaogulan leaves, brewed like tea.", unit: "200 g pack" },
  },
  {
    producer: "duoc-lieu",
    category: "HERBAL",
    price: [150_000, 250_000],
    colours: ["#e3efd6", "#668c49"],
    vi: { name: "Lá khôi tía khô", description: "Lá khôi tía phơi khô, thu hái dưới tán rừng.", unit: "gói 500 g" },
  },
  {
    producer: "homestay",
    category: "TOURISM",
    price: [150_000, 250_000],
    colours: ["#a8d8f0", "#7a5230"],
    vi: {
      name: "Nghỉ nhà sàn Tân Trào",
      description: "Ngủ trên nhà sàn gỗ, ăn cơm cùng gia đình, sáng sớm đi dạo quanh bản.",
      unit: "người/đêm",
    },
    en: {
      name: "Stay in a Tân Trào stilt house",
      description: "Sleep in a wooden stilt house, share meals with the family, walk around the village at dawn.",
      unit: "person per night",
    },
  },
  {
    producer: "homestay",
    category: "TOURISM",
    price: [100_000, 150_000],
    colours: ["#b8e0f4", "#8a6239"],
    vi: { name: "Trải nghiệm nấu cơm lam", description: "Cùng chủ nhà chặt nứa, nấu cơm lam trên bếp củi.", unit: "người" },
    en: {
      name: "Cooking bamboo-tube rice",
      description: "Cut bamboo with your hosts and cook rice in bamboo tubes over a wood fire.",
      unit: "person",
    },
  },
  {
    producer: "may-tre",
    category: "HANDICRAFT",
    price: [60_000, 180_000],
    colours: ["#ecdcb8", "#8c6b2f"],
    vi: { name: "Giỏ mây tre đan", description: "Giỏ đan bằng mây và tre, nhiều cỡ.", unit: "chiếc" },
    en: { name: "Rattan and bamboo basket", description: "A basket woven from rattan and bamboo, in several sizes.", unit: "piece" },
  },
  {
    producer: "may-tre",
    category: "HANDICRAFT",
    price: [40_000, 90_000],
    colours: ["#f2e4c4", "#96763a"],
    vi: { name: "Khay tre đan", description: "Khay tre đan dùng đựng hoa quả, bánh kẹo.", unit: "chiếc" },
    en: { name: "Woven bamboo tray", description: "A woven bamboo tray for fruit and sweets.", unit: "piece" },
  },
  {
    producer: "mang",
    category: "FOOD",
    price: [250_000, 350_000],
    months: [3, 4, 5, 6],
    colours: ["#e6e2bf", "#6b7b3a"],
    vi: { name: "Măng khô Yên Thuận", description: "Măng vầu luộc chín, phơi khô tự nhiên.", unit: "kg" },
    en: { name: "Yen Thuan dried bamboo shoots", description: "Bamboo shoots boiled and dried naturally.", unit: "kg" },
  },
  {
    producer: "mang",
    category: "FOOD",
    price: [45_000, 60_000],
    colours: ["#f0d6c0", "#a33b1f"],
    vi: { name: "Măng ớt Yên Thuận", description: "Măng tươi ngâm với ớt và tỏi.", ingredients: "Măng, ớt, tỏi, muối", unit: "lọ 500 g" },
    en: {
      name: "Yen Thuan bamboo shoots with chilli",
      description: "Fresh bamboo shoots pickled with chilli and garlic.",
      ingredients: "Bamboo shoots, chilli, garlic, salt",
      unit: "500 g jar",
    },
  },
];
