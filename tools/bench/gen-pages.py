#!/usr/bin/env python3
"""The 10,000-page benchmark corpus as portal Markdown pages: a port of the shared gen-pages.py (the same
seeded random text: ~400 words a page from a 180-syllable Vietnamese vocabulary, headings, lists, links to
other pages), each page written as content/pages/pNNNNN.md with front matter title and description only,
its links to /posts/pNNNNN/ made /pNNNNN/, the portal's address of that page.
usage: gen-pages.py N CONTENT_DIR   (adds the pages to CONTENT_DIR/pages/)"""
import os, random, sys
N = int(sys.argv[1]); pages = os.path.join(sys.argv[2], "pages")
rnd = random.Random(42)
syll = ("dữ liệu mở quy hoạch đô thị dân số giao thông ngân sách môi trường không khí chất lượng "
        "thành phố tỉnh huyện xã phường báo cáo thống kê năm tháng ngày chỉ số tăng trưởng kinh tế "
        "doanh nghiệp lao động việc làm giáo dục y tế bệnh viện trường học nông nghiệp thủy sản "
        "đất đai xây dựng nhà ở điện nước rác thải sông ngòi rừng biển đảo khí hậu thời tiết mưa lũ "
        "hạn hán đường bộ đường sắt cảng biển sân bay du lịch văn hóa thể thao công nghệ thông tin "
        "chính phủ bộ ngành ủy ban nhân dân hội đồng quyết định nghị định thông tư công khai minh bạch "
        "người dân cộng đồng phát triển bền vững đầu tư công tài chính thuế phí hộ gia đình nghèo").split()
tags_vocab = [f"chu-de-{i}" for i in range(40)] + ["quy-hoach", "dan-so", "giao-thong", "ngan-sach", "moi-truong"]
def sentence(n):
    w = [rnd.choice(syll) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w) + "."
os.makedirs(pages, exist_ok=True)
for i in range(N):
    # The same calls as the original, in the same order, so the text is the same; date and tags are drawn
    # and dropped (a portal page has neither).
    title = " ".join(rnd.choice(syll) for _ in range(6)).capitalize() + f" {i}"
    tags = rnd.sample(tags_vocab, 3)
    parts = []; words = 0
    while words < 400:
        r = rnd.random()
        if r < 0.12:
            n = rnd.randint(3, 7); parts.append("## " + sentence(n)[:-1]); words += n
        elif r < 0.25:
            items = [f"- **{rnd.choice(syll)}** {sentence(rnd.randint(4,9))}" for _ in range(rnd.randint(2, 5))]
            parts.append("\n".join(items)); words += sum(len(x.split()) - 1 for x in items)
        else:
            ss = [sentence(rnd.randint(6, 16)) for _ in range(rnd.randint(2, 5))]
            p = " ".join(ss)
            if rnd.random() < 0.3:
                p += f" Xem [bộ dữ liệu {rnd.randint(0, N-1)}](/p{rnd.randint(0, N-1):05d}/) và `mã-{i}`."
            parts.append(p); words += len(p.split())
    fm = f'---\ntitle: "{title}"\ndescription: "Trang thử nghiệm {i}: {title}."\n---\n\n'
    open(os.path.join(pages, f"p{i:05d}.md"), "w", encoding="utf-8").write(fm + "\n\n".join(parts) + "\n")
print(f"generated {N} pages in {pages}")
