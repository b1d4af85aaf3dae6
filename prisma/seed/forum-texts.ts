import type { ForumTopic } from "@/lib/generated/prisma/enums";

/**
 * Demo questions of the dialogue forum: written as residents write (plain, sometimes without a
 * question mark), answered in plain words. Demo data: the answers describe the usual way things
 * are done and point to the office that decides; they are not legal advice.
 */
export type DemoQuestion = {
  commune: string;
  topic: ForumTopic;
  body: string;
  name?: string;
  showName?: boolean;
  phone?: string;
  state: "SUBMITTED" | "PUBLISHED" | "ANSWERED" | "CLOSED" | "REJECTED";
  daysAgo: number;
  /** Days after sending the answer came. */
  answerAfter?: number;
  /** "province": Ban Dân tộc tỉnh; "commune": the commune's People's Committee. */
  by?: "province" | "commune";
  answer?: string;
  reason?: string;
};

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    commune: "minh-dan",
    topic: "POLICY",
    state: "ANSWERED",
    daysAgo: 40,
    answerAfter: 6,
    by: "commune",
    name: "Hoàng Thị Mai",
    showName: true,
    body: "Nhà tôi là hộ nghèo, năm nay mái nhà bị dột hết rồi. Tôi muốn hỏi có được nhà nước hỗ trợ làm lại nhà không, phải làm giấy tờ gì?",
    answer:
      "Chào chị Mai,\n\nHộ nghèo có nhà ở hư hỏng nặng thuộc diện được xem xét hỗ trợ làm nhà. Chị làm như sau:\n\n- Báo với trưởng thôn để thôn đưa gia đình vào danh sách đề nghị;\n- Mang sổ hộ khẩu hoặc căn cước đến bộ phận một cửa của UBND xã để cán bộ hướng dẫn làm đơn;\n- Xã sẽ cử người đến xem nhà và trình lên huyện.\n\nNếu cần giúp viết đơn, chị gặp cán bộ văn hóa – xã hội của xã vào sáng thứ Hai hoặc thứ Năm.",
  },
  {
    commune: "minh-dan",
    topic: "HEALTH",
    state: "CLOSED",
    daysAgo: 60,
    answerAfter: 3,
    by: "commune",
    body: "Cho hỏi thẻ bảo hiểm y tế của con tôi hết hạn rồi thì đi khám ở trạm y tế xã có mất tiền không",
    answer:
      "Khi thẻ bảo hiểm y tế đã hết hạn thì lần khám đó chưa được bảo hiểm chi trả. Gia đình mang giấy khai sinh hoặc căn cước của cháu đến trạm y tế xã hoặc bưu điện xã để được hướng dẫn gia hạn thẻ. Trẻ em dưới 6 tuổi và người dân tộc thiểu số ở vùng khó khăn thường thuộc diện được nhà nước đóng bảo hiểm; cán bộ sẽ kiểm tra giúp gia đình.",
  },
  {
    commune: "minh-dan",
    topic: "AGRICULTURE",
    state: "ANSWERED",
    daysAgo: 25,
    answerAfter: 9,
    by: "province",
    body: "Bà con thôn 2 muốn chuyển sang trồng quế thay cho ngô. Có chương trình nào hỗ trợ cây giống không ạ?",
    answer:
      "Tỉnh có các chương trình hỗ trợ phát triển sản xuất cho đồng bào dân tộc thiểu số, trong đó có hỗ trợ giống cây trồng theo dự án của cộng đồng. Bà con cần thống nhất trong thôn, lập danh sách hộ tham gia và diện tích, rồi gửi UBND xã để xã tổng hợp đề xuất. Cán bộ khuyến nông của xã sẽ hướng dẫn chọn giống và thời vụ trồng.",
  },
  {
    commune: "minh-dan",
    topic: "EDUCATION",
    state: "ANSWERED",
    daysAgo: 18,
    answerAfter: 4,
    by: "commune",
    body: "Con tôi học lớp 7 ở trường bán trú, nghe nói được hỗ trợ tiền ăn. Tôi phải nộp giấy gì cho nhà trường?",
    answer:
      "Học sinh bán trú là người dân tộc thiểu số ở thôn đặc biệt khó khăn được xem xét hỗ trợ tiền ăn và tiền nhà ở theo quy định. Gia đình làm đơn theo mẫu của nhà trường, kèm bản sao giấy khai sinh của cháu và xác nhận nơi ở của xã. Nhà trường sẽ lập danh sách đầu năm học; nếu đã quá hạn, gia đình gặp thầy cô chủ nhiệm để được bổ sung.",
  },
  {
    commune: "minh-dan",
    topic: "LAND",
    state: "PUBLISHED",
    daysAgo: 3,
    body: "Mảnh đất vườn của bố mẹ tôi để lại chưa có sổ đỏ. Giờ anh em muốn chia ra thì phải làm thế nào?",
  },
  {
    commune: "minh-dan",
    topic: "SOCIAL_SECURITY",
    state: "PUBLISHED",
    daysAgo: 20,
    body: "Mẹ tôi năm nay 80 tuổi, sống một mình. Bà có được nhận tiền trợ cấp người cao tuổi không, sao chưa thấy ai nói?",
  },
  {
    commune: "minh-dan",
    topic: "OTHER",
    state: "REJECTED",
    daysAgo: 12,
    body: "Ông trưởng thôn nhà bên cạnh nhà tôi là người xấu, mọi người đừng tin ông ấy, ông ấy ăn chặn tiền của dân!!!",
    reason:
      "Câu hỏi nêu đích danh và cáo buộc một người cụ thể nên không đăng công khai. Nếu bạn có chứng cứ về việc làm sai, hãy gửi đơn phản ánh đến UBND xã hoặc Thanh tra huyện; đơn của bạn sẽ được giữ bí mật người gửi.",
  },
  {
    commune: "thuong-lam",
    topic: "HEALTH",
    state: "ANSWERED",
    daysAgo: 33,
    answerAfter: 5,
    by: "commune",
    name: "Bàn Văn Sinh",
    body: "Vợ tôi sắp sinh, nhà ở xa trạm y tế. Khi đi đẻ ở bệnh viện huyện có được hỗ trợ tiền đi lại không?",
    answer:
      "Phụ nữ dân tộc thiểu số thuộc hộ nghèo, cận nghèo sinh con đúng chính sách được xem xét hỗ trợ theo quy định của tỉnh. Anh giữ lại giấy ra viện và mang sổ hộ nghèo (nếu có) đến trạm y tế xã để được hướng dẫn làm hồ sơ. Khi gần ngày sinh, anh báo cho y tế thôn bản để được tư vấn đi khám sớm.",
  },
  {
    commune: "thuong-lam",
    topic: "AGRICULTURE",
    state: "ANSWERED",
    daysAgo: 50,
    answerAfter: 12,
    by: "province",
    body: "Đàn lợn nhà tôi bị ốm chết mấy con, không biết có phải dịch tả lợn châu Phi không. Báo ai để được kiểm tra?",
    answer:
      "Khi lợn ốm chết bất thường, gia đình cần báo ngay cho trưởng thôn và cán bộ thú y xã, không bán chạy, không vứt xác lợn ra suối. Cán bộ thú y sẽ đến lấy mẫu và hướng dẫn tiêu hủy, khử trùng chuồng. Nếu đúng là dịch bệnh, gia đình có thể được xem xét hỗ trợ theo chính sách phòng chống dịch.",
  },
  {
    commune: "thuong-lam",
    topic: "POLICY",
    state: "ANSWERED",
    daysAgo: 15,
    answerAfter: 7,
    by: "commune",
    body: "Tôi nghe nói người có uy tín trong thôn được nhận quà Tết và báo. Thôn tôi mới bầu người mới thì khi nào được công nhận?",
    answer:
      "Sau khi thôn bình chọn, UBND xã tổng hợp danh sách và đề nghị cấp trên công nhận người có uy tín. Việc rà soát thường làm theo đợt trong năm. Người được công nhận sẽ được hưởng các chế độ theo quy định. Thôn gửi biên bản họp bình chọn về xã để kịp đợt rà soát gần nhất.",
  },
  {
    commune: "thuong-lam",
    topic: "LAND",
    state: "PUBLISHED",
    daysAgo: 40,
    body: "Nhà tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ lâu mà chưa thấy trả kết quả. Xin hỏi hồ sơ đang ở đâu?",
  },
  {
    commune: "thuong-lam",
    topic: "EDUCATION",
    state: "SUBMITTED",
    daysAgo: 1,
    body: "Trường ở thôn tôi năm nay không có cô giáo dạy lớp 1, các cháu phải đi học xa. Xã có cách gì giúp không?",
  },
  {
    commune: "hong-quang",
    topic: "SOCIAL_SECURITY",
    state: "ANSWERED",
    daysAgo: 28,
    answerAfter: 8,
    by: "commune",
    name: "Lý Thị Hoa",
    showName: false,
    body: "Chồng tôi bị tai nạn không đi làm được nữa. Gia đình có được xét vào hộ cận nghèo không, ai xét?",
    answer:
      "Việc xét hộ nghèo, cận nghèo do thôn họp bình xét và UBND xã quyết định, thường vào dịp rà soát cuối năm. Nếu hoàn cảnh gia đình thay đổi đột ngột, chị có thể làm đơn đề nghị xét bổ sung gửi UBND xã. Ngoài ra, người bị mất khả năng lao động có thể được xem xét trợ cấp xã hội; chị mang giấy tờ khám bệnh của anh đến xã để được hướng dẫn.",
  },
  {
    commune: "hong-quang",
    topic: "HEALTH",
    state: "CLOSED",
    daysAgo: 70,
    answerAfter: 2,
    by: "commune",
    body: "Trạm y tế xã có tiêm phòng cho trẻ vào ngày nào trong tháng?",
    answer:
      "Trạm y tế xã tiêm chủng mở rộng cho trẻ vào ngày 25 hằng tháng (nếu trùng ngày nghỉ thì lùi sang ngày làm việc tiếp theo). Gia đình mang theo sổ tiêm chủng của cháu. Y tế thôn bản sẽ nhắc lịch trước vài ngày.",
  },
  {
    commune: "hong-quang",
    topic: "POLICY",
    state: "ANSWERED",
    daysAgo: 22,
    answerAfter: 10,
    by: "province",
    body: "Vay vốn ngân hàng chính sách để nuôi bò thì hộ đồng bào dân tộc có được ưu đãi lãi suất không? Vay tối đa bao nhiêu?",
    answer:
      "Hộ nghèo, hộ cận nghèo và hộ đồng bào dân tộc thiểu số có thể vay vốn ưu đãi tại Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn ở thôn. Mức vay và lãi suất tùy chương trình và thay đổi theo từng thời kỳ. Bà con liên hệ tổ trưởng tổ vay vốn của thôn hoặc điểm giao dịch của ngân hàng tại xã vào ngày giao dịch để được tư vấn cụ thể.",
  },
  {
    commune: "hong-quang",
    topic: "AGRICULTURE",
    state: "PUBLISHED",
    daysAgo: 6,
    body: "Ruộng bậc thang nhà tôi bị sạt lở sau trận mưa to tuần trước. Có được hỗ trợ khắc phục không ạ?",
  },
  {
    commune: "yen-thuan",
    topic: "EDUCATION",
    state: "ANSWERED",
    daysAgo: 45,
    answerAfter: 6,
    by: "commune",
    body: "Tôi muốn đi học lớp xóa mù chữ buổi tối. Xã mình có mở lớp không, có mất tiền không?",
    answer:
      "Xã có mở lớp xóa mù chữ cho người lớn vào buổi tối tại nhà văn hóa thôn khi đủ người đăng ký. Học không mất tiền, được phát sách vở. Anh, chị đăng ký với trưởng thôn hoặc trường tiểu học của xã; lớp mới dự kiến mở sau vụ gặt.",
  },
  {
    commune: "yen-thuan",
    topic: "LAND",
    state: "ANSWERED",
    daysAgo: 35,
    answerAfter: 14,
    by: "province",
    body: "Đất rừng nhà tôi giáp với rừng phòng hộ, giờ muốn trồng keo có được không hay phải xin phép?",
    answer:
      "Trên đất rừng sản xuất đã được giao, gia đình được trồng keo và các cây lâm nghiệp khác. Nếu diện tích nằm trong rừng phòng hộ thì phải theo quy định riêng về bảo vệ rừng, không tự ý chặt phá để trồng cây khác. Gia đình mang giấy tờ giao đất rừng đến cán bộ địa chính hoặc kiểm lâm phụ trách xã để được xác định ranh giới.",
  },
  {
    commune: "yen-thuan",
    topic: "SOCIAL_SECURITY",
    state: "PUBLISHED",
    daysAgo: 2,
    body: "Con tôi đi làm công nhân ở tỉnh khác, giờ muốn đóng bảo hiểm xã hội tự nguyện cho tôi ở nhà thì làm ở đâu?",
  },
  {
    commune: "yen-thuan",
    topic: "HEALTH",
    state: "ANSWERED",
    daysAgo: 12,
    answerAfter: 3,
    by: "commune",
    body: "Nước giếng nhà tôi dạo này có mùi lạ, uống có sao không? Ai kiểm tra nước giúp được?",
    answer:
      "Gia đình tạm thời không dùng nước đó để uống, hoặc đun sôi kỹ trước khi dùng. Báo cho trạm y tế xã để cán bộ đến xem và lấy mẫu nước gửi đi kiểm tra. Cần giữ khu vực quanh giếng sạch sẽ, xa chuồng trại và nhà vệ sinh.",
  },
  {
    commune: "tan-trao",
    topic: "POLICY",
    state: "ANSWERED",
    daysAgo: 30,
    answerAfter: 11,
    by: "province",
    name: "Ma Văn Thắng",
    showName: true,
    body: "Homestay nhà tôi đón khách du lịch. Tỉnh có hỗ trợ gì cho hộ dân tộc làm du lịch cộng đồng không?",
    answer:
      "Tỉnh khuyến khích phát triển du lịch cộng đồng gắn với giữ gìn văn hóa dân tộc. Hộ làm homestay có thể được tập huấn kỹ năng đón khách, quảng bá trên các kênh của tỉnh và xem xét hỗ trợ theo các chương trình phát triển du lịch. Anh liên hệ UBND xã để được đưa vào danh sách hộ làm du lịch cộng đồng và nhận thông báo các lớp tập huấn.",
  },
  {
    commune: "tan-trao",
    topic: "AGRICULTURE",
    state: "CLOSED",
    daysAgo: 80,
    answerAfter: 5,
    by: "commune",
    body: "Chè nhà tôi bị sâu hại lá nhiều quá, phun thuốc gì cho đúng mà không độc?",
    answer:
      "Gia đình không tự ý dùng thuốc khi chưa rõ loại sâu. Cán bộ khuyến nông xã sẽ đến vườn xem và hướng dẫn cách phòng trừ an toàn, ưu tiên biện pháp sinh học và tuân thủ thời gian cách ly trước khi hái. Xã cũng có lớp tập huấn trồng chè an toàn vào đầu vụ, gia đình nên đăng ký tham gia.",
  },
  {
    commune: "tan-trao",
    topic: "LAND",
    state: "SUBMITTED",
    daysAgo: 0,
    body: "Tôi muốn hỏi thủ tục tách thửa đất ở cho con trai ra ở riêng. Gọi cho tôi theo số 0912 345 678 nhé, căn cước của tôi là 008123456789.",
    phone: "0912 345 678",
  },
  {
    commune: "tan-trao",
    topic: "EDUCATION",
    state: "ANSWERED",
    daysAgo: 14,
    answerAfter: 5,
    by: "commune",
    body: "Con tôi thi đỗ cao đẳng ở Hà Nội. Là người dân tộc thì có được miễn học phí không?",
    answer:
      "Sinh viên người dân tộc thiểu số thuộc hộ nghèo, cận nghèo hoặc ở vùng đặc biệt khó khăn có thể được miễn, giảm học phí và hỗ trợ chi phí học tập theo quy định. Cháu nộp đơn tại trường kèm giấy xác nhận của UBND xã. Gia đình đến bộ phận một cửa của xã để xin giấy xác nhận.",
  },
  {
    commune: "kim-binh",
    topic: "SOCIAL_SECURITY",
    state: "ANSWERED",
    daysAgo: 26,
    answerAfter: 9,
    by: "commune",
    body: "Cháu tôi mồ côi cả bố mẹ, đang ở với ông bà. Cháu có được trợ cấp hằng tháng không?",
    answer:
      "Trẻ em mồ côi cả cha và mẹ thuộc diện được xem xét trợ cấp xã hội hằng tháng. Ông bà làm tờ khai theo mẫu tại UBND xã, kèm giấy khai sinh của cháu và giấy tờ chứng minh bố mẹ đã mất. Cán bộ lao động – thương binh và xã hội của xã sẽ hướng dẫn và trình hồ sơ.",
  },
  {
    commune: "kim-binh",
    topic: "HEALTH",
    state: "ANSWERED",
    daysAgo: 9,
    answerAfter: 2,
    by: "commune",
    body: "Ở thôn tôi có mấy người bị sốt xuất huyết. Xã có phun thuốc muỗi không?",
    answer:
      "Trạm y tế xã đã nhận được thông tin và sẽ phối hợp với trung tâm y tế huyện xử lý ổ dịch, phun hóa chất diệt muỗi tại thôn. Bà con cần úp, đậy kín các dụng cụ chứa nước, dọn dẹp vỏ chai lọ quanh nhà và ngủ màn. Người bị sốt cao cần đến trạm y tế ngay, không tự mua thuốc hạ sốt uống.",
  },
  {
    commune: "kim-binh",
    topic: "POLICY",
    state: "PUBLISHED",
    daysAgo: 8,
    body: "Đường vào thôn tôi mùa mưa lầy lội, xe máy không đi được. Năm sau có được làm đường bê tông không?",
  },
  {
    commune: "kim-binh",
    topic: "OTHER",
    state: "ANSWERED",
    daysAgo: 19,
    answerAfter: 6,
    by: "province",
    body: "Tôi muốn tìm sách, tài liệu bằng tiếng Dao cho các cháu học. Ở đâu có ạ?",
    answer:
      "Thư viện điện tử của cổng thông tin đang được bổ sung tài liệu bằng tiếng các dân tộc trong tỉnh, trong đó có tiếng Dao. Ngoài ra, thư viện tỉnh và nhà văn hóa xã có một số sách song ngữ. Nếu gia đình có tài liệu cũ bằng tiếng Dao, xin liên hệ Ban Dân tộc tỉnh để cùng lưu giữ.",
  },
];
