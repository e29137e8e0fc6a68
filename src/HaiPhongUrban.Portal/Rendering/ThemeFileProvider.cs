using HaiPhongUrban.Portal.Kernel.Theme;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HaiPhongUrban.Portal.Rendering;

/// <summary>
/// Serves the theme's partials to Fluid's <c>{% render 'name' %}</c> from what the load stage already
/// read, so a render never touches the disk and never sees a file changed mid-build.
/// </summary>
public sealed class ThemeFileProvider(IReadOnlyDictionary<string, TemplateSource> partials) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = Path.GetFileNameWithoutExtension(subpath.TrimStart('/'));
        return partials.TryGetValue(name, out var source)
            ? new PartialFile(source)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(TemplateSource source) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(source.Text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => source.Name + ".liquid";

        // Fixed, so Fluid's template cache keeps each parsed partial for the whole build.
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
