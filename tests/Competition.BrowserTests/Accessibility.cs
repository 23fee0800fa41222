using System.Text.Json;
using Competition.Testing;
using Microsoft.Playwright;

namespace Competition.BrowserTests;

/// <summary>
/// axe-core (npm, installed by the server's build) run inside the page against the WCAG 2.0/2.1 A and AA
/// rules that public-sector sites are held to. Evaluated through the browser's debugging protocol, so the
/// pages' strict Content-Security-Policy stays as it is.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Competition.Server", "node_modules", "axe-core", "axe.min.js")));

    /// <summary>Fails with every violated rule and the elements that violate it.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        await page.EvaluateAsync(AxeSource.Value);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 8).join(' | ')}`)
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{what} breaks WCAG 2.1 AA rules:\n{string.Join("\n", found)}");
    }
}
