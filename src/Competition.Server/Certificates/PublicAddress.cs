using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Competition.Server.Certificates;

/// <summary>
/// The address verifiers reach, signed into credentials and status lists and printed in QR codes. Never
/// the request's Host header: a caller could otherwise have the platform sign an address of their choosing.
/// It is <c>Certificates:PublicUrl</c>, or without it the address this server is bound to (with a warning
/// at start, since that is rarely what the public reaches).
/// </summary>
public sealed partial class PublicAddress(IOptions<CertificateOptions> options, IServer server, IConfiguration configuration)
{
    /// <summary>Where a server with no address of its own (not yet listening) would listen by default.</summary>
    private const string DefaultAddress = "http://localhost:5080";

    public bool Configured => options.Value.PublicUrl is { Length: > 0 };

    public string Base => (Configured ? options.Value.PublicUrl
        : Reachable(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
          ?? configuration["urls"]?.Split(';')[0]
          ?? DefaultAddress)).TrimEnd('/');

    /// <summary>A bound address as a client on this machine reaches it: "listen on every interface"
    /// (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) is no address anyone can open.</summary>
    internal static string Reachable(string bound) => EveryInterface().Replace(bound, "$1localhost");

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\w+://)(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial System.Text.RegularExpressions.Regex EveryInterface();

    /// <summary>Warns at start when the address credentials carry is only the bound one.</summary>
    public void WarnIfUnset(ILogger logger)
    {
        if (!Configured)
        {
            logger.LogWarning("Certificates:PublicUrl is not set: credentials, status lists and QR codes carry {Address}, the address this server is bound to. Set it to the address the public reaches.", Base);
        }
    }
}
