using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Serving;

/// <summary>
/// What <c>serve</c> previews: the content and theme folders (absolute), the port on 127.0.0.1 (0: any free
/// one), the netlify.toml whose headers it sends, and the language of its messages. With <see cref="Timings"/>
/// each build prints its stages' times to stderr, as <c>build --timings</c> does (what tools/bench/serve-rebuild.sh reads).
/// </summary>
public sealed record ServeRequest(string ContentDirectory, string ThemeDirectory, string WorkingDirectory, int Port, string NetlifyToml, UiLanguage Language, bool Timings = false);
