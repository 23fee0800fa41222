using System.Text.Json;
using Competition.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Validation;

/// <summary>Query-string filters named as the JSON names them (<c>?status=draft</c>), with a clear refusal otherwise.</summary>
internal static class QueryValues
{
    public static bool TryParse<T>(string? text, string name, out T? value, out ProblemHttpResult refused) where T : struct, Enum
    {
        value = null;
        refused = null!;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        var match = Enum.GetValues<T>().Where(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) == text).Select(v => (T?)v).FirstOrDefault();
        if (match is null)
        {
            refused = ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid",
                $"{name} is one of {string.Join(", ", Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))}.");
            return false;
        }
        value = match;
        return true;
    }
}
