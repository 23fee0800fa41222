using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Competition.Server.Hosting;

/// <summary>
/// The pages as phones should fetch them: every script and stylesheet under the fingerprinted name the
/// build gave it (served compressed by <c>MapStaticAssets</c> and cached for good, since a new build
/// means a new name), and an import map so that the ES modules' own imports reach fingerprinted names too.
/// The import map is the pages' one inline script; the Content-Security-Policy allows exactly it, by its
/// hash (<see cref="ImportMapHash"/>). A file the build did not catalogue keeps its plain name.
/// </summary>
public sealed partial class FingerprintedPages
{
    private readonly IWebHostEnvironment _environment;
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly string _importMap;
    private readonly ConcurrentDictionary<string, string> _pages = new();

    public FingerprintedPages(IWebHostEnvironment environment)
    {
        _environment = environment;
        _names = Catalogue(Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.endpoints.json"));
        var imports = _names.Where(n => n.Key.EndsWith(".js", StringComparison.Ordinal) || n.Key.EndsWith(".mjs", StringComparison.Ordinal))
            .OrderBy(n => n.Key, StringComparer.Ordinal).ToDictionary();
        _importMap = JsonSerializer.Serialize(new { imports });
        ImportMapHash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(_importMap)))}'";
    }

    /// <summary>The CSP source that allows the pages' import map and nothing else inline.</summary>
    public string ImportMapHash { get; }

    /// <summary>Maps each page's path to its file as rewritten.</summary>
    public void Map(IEndpointRouteBuilder app, IReadOnlyDictionary<string, string> pages)
    {
        foreach (var (route, file) in pages)
        {
            app.MapGet(route, (HttpContext context) => Page(context, file)).ExcludeFromDescription();
        }
    }

    /// <summary>A page is checked again on every visit (it is small, and names what a new build changed);
    /// what it refers to is not.</summary>
    private IResult Page(HttpContext context, string file)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Text(_pages.GetOrAdd(file, Rewrite), "text/html; charset=utf-8");
    }

    private string Rewrite(string file)
    {
        using var reader = new StreamReader(_environment.WebRootFileProvider.GetFileInfo(file).CreateReadStream(), Encoding.UTF8);
        var html = AssetReference().Replace(reader.ReadToEnd(),
            match => $"{match.Groups["attribute"].Value}=\"{_names.GetValueOrDefault(match.Groups["path"].Value, match.Groups["path"].Value)}\"");
        // After the charset (which must come first) and before any module script, as import maps must be.
        const string charset = "<meta charset=\"utf-8\">";
        return html.Replace(charset, $"{charset}\n  <script type=\"importmap\">{_importMap}</script>", StringComparison.Ordinal);
    }

    /// <summary>Plain name → fingerprinted name of every catalogued file, from the build's endpoint manifest.</summary>
    private static Dictionary<string, string> Catalogue(string manifest)
    {
        if (!File.Exists(manifest))
        {
            return [];
        }
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in document.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            var properties = endpoint.GetProperty("EndpointProperties").EnumerateArray()
                .ToDictionary(p => p.GetProperty("Name").GetString()!, p => p.GetProperty("Value").GetString()!);
            var route = endpoint.GetProperty("Route").GetString()!;
            if (properties.TryGetValue("fingerprint", out _) && properties.TryGetValue("label", out var label) && label == endpoint.GetProperty("AssetFile").GetString())
            {
                names[$"/{label}"] = $"/{route}";
            }
        }
        return names;
    }

    [GeneratedRegex("(?<attribute>src|href)=\"(?<path>/(?:js|css|lib)/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
