using FluentValidation;

namespace Competition.Server.CompetitionDay;

public sealed class SessionsRequestValidator : AbstractValidator<SessionsRequest>
{
    public SessionsRequestValidator() => Include(new ScheduleFieldsValidator());
}
