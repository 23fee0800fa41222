using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Competition.Server.Certificates;

/// <summary>
/// Credentials secured as JWTs (VC-JOSE-COSE, <c>typ</c> <c>vc+jwt</c>): the payload is the credential
/// itself, signed ES256 (P-256, SHA-256, the raw 64-byte r‖s signature JWS asks for) with .NET's own ECDsa.
/// </summary>
public static class VcJwt
{
    public const string MediaType = "application/vc+jwt";

    public static string Sign(JsonObject payload, string keyId, ECDsa key)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = keyId, ["typ"] = "vc+jwt", ["cty"] = "vc" };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>
    /// The credential inside <paramref name="jwt"/> when it is a well-formed ES256 JWS whose signature checks
    /// under the key its header names; null otherwise (malformed, unknown key, or bad signature).
    /// </summary>
    public static JsonObject? Verify(string jwt, IReadOnlyDictionary<string, ECParameters> keys)
    {
        var parts = jwt.Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0])) as JsonObject;
            if (header?["alg"]?.GetValue<string>() != "ES256" || header["kid"]?.GetValue<string>() is not { } keyId
                || !keys.TryGetValue(keyId, out var parameters))
            {
                return null;
            }
            using var key = ECDsa.Create(parameters);
            var signed = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
                HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            return signed ? JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject : null;
        }
        catch (Exception error) when (error is FormatException or System.Text.Json.JsonException or InvalidOperationException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The <c>kid</c> a JWS header names; null when there is none to read.</summary>
    public static string? KeyIdOf(string jwt)
    {
        try
        {
            return (JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Trim().Split('.')[0])) as JsonObject)?["kid"]?.GetValue<string>();
        }
        catch (Exception error) when (error is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
