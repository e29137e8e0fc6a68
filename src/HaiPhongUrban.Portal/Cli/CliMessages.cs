using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Cli;

/// <summary>
/// The command line's own texts in Vietnamese and English: what each command and option does, the
/// headings of <c>--help</c> (<see cref="HelpText"/>) and what a mistyped command line is told
/// (<see cref="UsageErrors"/>). System.CommandLine has wordings of its own, but in English (and a few
/// other languages, never Vietnamese) and internal to it, so none of them is ever printed: the help
/// and the errors are written here, from the parsed command line. A section's command keeps its
/// texts with the section's other messages (import-plan's in ImportMessages).
/// </summary>
public static class CliMessages
{
    // ── What each command and option does ───────────────────────────────────────────────────────────
    public static readonly Message RootDescription = new("cli-root",
        "HaiPhongUrban.Portal: trình tạo cổng thông tin tĩnh",
        "HaiPhongUrban.Portal: static portal generator");

    public static readonly Message BuildDescription = new("cli-build",
        "Dựng toàn bộ cổng vào thư mục xuất",
        "Build the portal into the output folder");

    public static readonly Message ValidateDescription = new("cli-validate",
        "Kiểm tra mọi thứ như khi dựng cổng nhưng không ghi gì",
        "Check everything build checks, write nothing");

    public static readonly Message ServeDescription = new("cli-serve",
        "Dựng cổng, phục vụ tại http://127.0.0.1:<số-cổng> và dựng lại mỗi khi một tệp được lưu",
        "Build the portal, serve it on http://127.0.0.1:<port> and rebuild on every save");

    public static readonly Message RecordUrlsDescription = new("cli-record-urls",
        "Kiểm tra như lệnh validate rồi ghi các địa chỉ mới vào published-urls.txt",
        "Check as validate does, then add the new addresses to published-urls.txt");

    public static readonly Message LanguageDescription = new("cli-lang",
        "Ngôn ngữ của thông báo và trợ giúp: vi (tiếng Việt) hoặc en (tiếng Anh)",
        "Language of messages and help: vi (Vietnamese) or en (English)");

    public static readonly Message ContentDescription = new("cli-content",
        "Thư mục nội dung",
        "Content folder");

    public static readonly Message ThemeDescription = new("cli-theme",
        "Thư mục giao diện",
        "Theme folder");

    public static readonly Message OutputDescription = new("cli-output",
        "Thư mục ghi bản dựng",
        "Folder the built portal is written to");

    public static readonly Message BaseUrlDescription = new("cli-base-url",
        "Địa chỉ gốc khi site.yml chưa có base_url (Netlify: $URL)",
        "Base URL when site.yml has none (Netlify: $URL)");

    public static readonly Message TimingsDescription = new("cli-timings",
        "In thời gian (thực và CPU) của từng giai đoạn ra stderr, cho phép đo hiệu năng",
        "Print each stage's wall and CPU time to stderr, for benchmarks");

    public static readonly Message NoCacheDescription = new("cli-no-cache",
        "Làm lại mọi việc, không dùng bộ nhớ đệm .cache/portal/ (kết quả vẫn y hệt từng byte)",
        "Do all the work again, without the .cache/portal/ cache (the output is the same bytes either way)");

    public static readonly Message OfflineDescription = new("cli-offline",
        "Dựng bản sao để mở từ đĩa (file://): mọi liên kết tương đối, tới chính tệp index.html",
        "Write a copy to open from disk (file://): every link relative, to the index.html file itself");

    public static readonly Message PortDescription = new("cli-port",
        "Cổng mạng trên 127.0.0.1 (0: tự chọn một cổng trống)",
        "Port on 127.0.0.1 (0: any free port)");

    public static readonly Message HelpDescription = new("cli-help",
        "Hiện trợ giúp này",
        "Show this help");

    public static readonly Message VersionDescription = new("cli-version",
        "Hiện số phiên bản",
        "Show the version");

    // ── The names of values in the help (--content <thư-mục>) ───────────────────────────────────────
    public static readonly Message FolderValue = new("cli-value-folder", "thư-mục", "folder");

    public static readonly Message AddressValue = new("cli-value-address", "địa-chỉ", "url");

    public static readonly Message PortValue = new("cli-value-port", "số-cổng", "port");

    // ── The help's headings ─────────────────────────────────────────────────────────────────────────
    public static readonly Message DescriptionHeading = new("cli-heading-description", "Mô tả:", "Description:");

    public static readonly Message UsageHeading = new("cli-heading-usage", "Cách dùng:", "Usage:");

    public static readonly Message ArgumentsHeading = new("cli-heading-arguments", "Đối số:", "Arguments:");

    public static readonly Message OptionsHeading = new("cli-heading-options", "Tùy chọn:", "Options:");

    public static readonly Message CommandsHeading = new("cli-heading-commands", "Lệnh:", "Commands:");

    public static readonly Message CommandPlaceholder = new("cli-usage-command", "[lệnh]", "[command]");

    public static readonly Message OptionsPlaceholder = new("cli-usage-options", "[tùy chọn]", "[options]");

    public static readonly Message DefaultValue = new("cli-default", "[mặc định: {0}]", "[default: {0}]");

    public static readonly Message RootHelpFooter = new("cli-root-footer",
        "Chạy `{0} <lệnh> --help` để xem tùy chọn của một lệnh; thêm --lang en để đọc bằng tiếng Anh.",
        "Run `{0} <command> --help` for a command's options; add --lang vi to read it in Vietnamese.");

    // ── A command line that cannot be run: what is wrong, then what to do ──────────────────────────
    public static readonly Message NoCommand = new("cli-no-command",
        "Chưa có lệnh nào. Hãy viết một lệnh ngay sau {0}, ví dụ `{0} {1}`; các lệnh được liệt kê dưới đây.",
        "No command was given. Write one right after {0}, e.g. `{0} {1}`; the commands are listed below.");

    public static readonly Message UnknownCommandLike = new("cli-unknown-command-like",
        "Không có lệnh '{0}'. Có phải ý bạn là '{1}'?",
        "There is no command '{0}'. Did you mean '{1}'?");

    public static readonly Message UnknownCommand = new("cli-unknown-command",
        "Không có lệnh '{0}'. Hãy dùng một trong các lệnh: {1}.",
        "There is no command '{0}'. Use one of the commands: {1}.");

    public static readonly Message UnknownOptionLike = new("cli-unknown-option-like",
        "`{0}` không có tùy chọn '{1}'. Có phải ý bạn là '{2}'?",
        "`{0}` has no option '{1}'. Did you mean '{2}'?");

    public static readonly Message UnknownOption = new("cli-unknown-option",
        "`{0}` không có tùy chọn '{1}'. Hãy dùng một trong các tùy chọn: {2}.",
        "`{0}` has no option '{1}'. Use one of its options: {2}.");

    public static readonly Message ExtraArgument = new("cli-extra-argument",
        "'{1}' bị thừa: `{0}` không nhận thêm đối số nào. Nếu đó là giá trị của một tùy chọn, hãy viết tên tùy chọn ngay trước nó; nếu là đường dẫn có khoảng trắng, hãy đặt cả đường dẫn trong ngoặc kép.",
        "'{1}' is one word too many: `{0}` takes no further argument. If it is an option's value, write the option's name just before it; if it is a path with spaces, put the whole path in double quotes.");

    public static readonly Message MissingArgument = new("cli-missing-argument",
        "`{0}` thiếu <{1}>. Hãy viết nó ngay sau tên lệnh: `{0} <{1}>`.",
        "`{0}` needs <{1}>. Write it right after the command's name: `{0} <{1}>`.");

    public static readonly Message MissingValue = new("cli-missing-value",
        "Tùy chọn {0} thiếu giá trị. Hãy viết giá trị ngay sau nó: `{0} <{1}>`.",
        "The option {0} has no value. Write the value right after it: `{0} <{1}>`.");

    public static readonly Message NotWholeNumber = new("cli-not-whole-number",
        "Giá trị '{1}' của {0} không phải số nguyên. Hãy viết một số bằng chữ số, ví dụ `{0} {2}`.",
        "The value '{1}' of {0} is not a whole number. Write a number in digits, e.g. `{0} {2}`.");

    public static readonly Message NotAChoice = new("cli-not-a-choice",
        "{0} không nhận giá trị '{1}'. Hãy chọn một trong: {2}.",
        "{0} does not take the value '{1}'. Choose one of: {2}.");

    public static readonly Message GivenTwice = new("cli-given-twice",
        "Tùy chọn {0} được viết {1} lần nhưng chỉ nhận một giá trị. Hãy giữ lại một lần.",
        "The option {0} is given {1} times but takes one value. Keep only one.");

    public static readonly Message PortOutOfRange = new("cli-port-out-of-range",
        "--port {0} nằm ngoài khoảng 0–65535. Hãy chọn một số trong khoảng đó, hoặc 0 để tự chọn một cổng trống.",
        "--port {0} is outside 0–65535. Choose a number in that range, or 0 for any free port.");

    public static readonly Message NotUnderstood = new("cli-not-understood",
        "Không hiểu dòng lệnh ở chỗ {0}.",
        "The command line cannot be understood at {0}.");

    public static readonly Message UsageHint = new("cli-usage-hint",
        "Chạy `{0} --help` để xem cách dùng.",
        "Run `{0} --help` to see how to use it.");
}
