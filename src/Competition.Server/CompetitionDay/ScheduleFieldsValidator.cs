using FluentValidation;

namespace Competition.Server.CompetitionDay;

/// <summary>Sessions and workstations as the domain accepts them (<see cref="Domain.CompetitionDay.CompetitionSchedule.Check"/>).</summary>
public sealed class ScheduleFieldsValidator : AbstractValidator<IScheduleFields>
{
    public ScheduleFieldsValidator()
    {
        RuleForEach(x => x.Sessions).NotNull();
        RuleFor(x => x).Custom((fields, context) =>
        {
            if ((fields.Sessions ?? []).All(s => s is not null) && fields.ToSchedule().Check() is { } error)
            {
                context.AddFailure(nameof(IScheduleFields.Sessions), error.Message);
            }
        });
    }
}
