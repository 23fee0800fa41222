using Competition.Server.Problems;
using FluentValidation;

namespace Competition.Server.Validation;

/// <summary>
/// Validates every handler argument that has a FluentValidation validator, before the handler runs,
/// answering 400 with a validation problem. Applied once per route group.
/// </summary>
public static class ValidationFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Index: index, Validator: typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
            .Where(p => isService.IsService(p.Validator))
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }
        return async invocation =>
        {
            foreach (var (index, validatorType) in validated)
            {
                if (invocation.Arguments[index] is not { } argument)
                {
                    continue;
                }
                var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    return TypedResults.ValidationProblem(result.ToDictionary(), title: "The request has invalid fields.",
                        type: ApiProblems.TypePrefix + "validation", extensions: new Dictionary<string, object?> { ["code"] = "validation" });
                }
            }
            return await next(invocation);
        };
    }
}
