using Competition.Domain;

namespace Competition.Server.Certification;

/// <summary>A service's answer: the value, or the rule the request broke (mapped to a problem by the API).</summary>
public readonly record struct Outcome<T>(T? Value, DomainError? Error)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(DomainError error) => new(default, error);
}
