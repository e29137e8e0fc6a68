#!/usr/bin/env python3
"""Generate a synthetic Hugo site: N markdown pages (~400 words of Vietnamese-like text,
front matter title/date/tags) + a minimal theme (baseof with header/nav/footer).
With PAGESDIR, the same N pages are also written there as the portal's Markdown pages: each
content/posts/pNNNNN.md becomes PAGESDIR/pNNNNN.md with front matter title and description only
(the portal's pages take no date or tags), and its /posts/pNNNNN/ links become /pNNNNN/, the
address the portal gives a page. The random sequence is that of the original script, so the corpus
is the one issue 16's figures were measured on.
usage: python3 gen-pages.py N OUTDIR [PAGESDIR]"""
import os, random, sys, shutil, datetime
N = int(sys.argv[1]); out = sys.argv[2]
pages_dir = sys.argv[3] if len(sys.argv) > 3 else None
if pages_dir: os.makedirs(pages_dir, exist_ok=True)
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
if os.path.exists(out): shutil.rmtree(out)
cdir = os.path.join(out, "content", "posts"); os.makedirs(cdir)
lay = os.path.join(out, "layouts", "_default"); os.makedirs(lay)
open(os.path.join(out, "config.toml"), "w").write('''baseURL = "http://127.0.0.1/"
languageCode = "vi"
title = "Cổng dữ liệu mở"
disableKinds = ["RSS", "sitemap", "taxonomy", "term"]
[markup.goldmark.renderer]
unsafe = false
''')
# variant config that keeps Hugo's defaults (taxonomy/term pages, RSS, sitemap)
open(os.path.join(out, "config-full.toml"), "w").write('''baseURL = "http://127.0.0.1/"
languageCode = "vi"
title = "Cổng dữ liệu mở"
''')
base = '''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body>
<a class="skip" href="#main">Bỏ qua đến nội dung</a>
<header><p class="site">{{ .Site.Title }}</p>
<nav aria-label="Chính"><ul><li><a href="/">Trang chủ</a></li><li><a href="/posts/">Bộ dữ liệu</a></li><li><a href="/about/">Giới thiệu</a></li></ul></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>© 2024 {{ .Site.Title }}. Giấy phép CC BY 4.0.</p></footer>
</body></html>
'''
open(os.path.join(lay, "baseof.html"), "w").write(base)
open(os.path.join(lay, "single.html"), "w").write('''{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></p>
<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
''')
open(os.path.join(lay, "list.html"), "w").write('''{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} trang</p>{{ end }}
''')
d0 = datetime.date(2020, 1, 1)
total_words = 0
for i in range(N):
    title = " ".join(rnd.choice(syll) for _ in range(6)).capitalize() + f" {i}"
    date = d0 + datetime.timedelta(days=i % 1500)
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
                p += f" Xem [bộ dữ liệu {rnd.randint(0, N-1)}](/posts/p{rnd.randint(0, N-1):05d}/) và `mã-{i}`."
            parts.append(p); words += len(p.split())
    total_words += words
    fm = f'---\ntitle: "{title}"\ndate: {date.isoformat()}\ntags: [{", ".join(chr(34)+t+chr(34) for t in tags)}]\n---\n\n'
    open(os.path.join(cdir, f"p{i:05d}.md"), "w", encoding="utf-8").write(fm + "\n\n".join(parts) + "\n")
    if pages_dir:
        # The description is the first sentence of the first paragraph, as a meta description would be.
        first = next((p for p in parts if not p.startswith(("## ", "- "))), title)
        description = first.split(". ")[0].rstrip(".") + "."
        body = "\n\n".join(parts).replace("](/posts/p", "](/p") + "\n"
        portal_fm = f'---\ntitle: "{title}"\ndescription: "{description}"\n---\n\n'
        open(os.path.join(pages_dir, f"p{i:05d}.md"), "w", encoding="utf-8").write(portal_fm + body)
print(f"generated {N} pages, avg {total_words/N:.0f} words/page in {out}")
