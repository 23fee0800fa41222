namespace Competition.Domain;

/// <summary>
/// The one answer of anything that can refuse: the value, or the rule the request broke. Grains,
/// services and importers return it; the host maps the error to problem+json in one place.
/// </summary>
public readonly record struct Outcome<T>(T? Value, DomainError? Error)
{
    public bool Succeeded => Error is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(DomainError error) => new(default, error);
}
