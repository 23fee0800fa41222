using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Competition.Data.Ledger;

/// <summary>The table and the columns a new row of <typeparamref name="TEntity"/> fills, read from the EF model
/// (identity columns are left to the database), for writers that bypass SaveChanges.</summary>
internal sealed class NewRowColumns<TEntity> where TEntity : class
{
    public NewRowColumns(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        Table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Properties = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
    }

    public StoreObjectIdentifier Table { get; }

    public IReadOnlyList<IProperty> Properties { get; }

    /// <summary>The quoted column names, comma-separated, in the order of <see cref="Properties"/>.</summary>
    public string QuotedNames => string.Join(", ", Properties.Select(p => $"\"{p.GetColumnName(Table)}\""));

    /// <summary>A property's value in a row, as EF would hand it to the database (after its value converter).</summary>
    public static object? ProviderValue(IProperty property, TEntity row)
    {
        var value = property.GetGetter().GetClrValue(row);
        return value is not null && Mapping(property).Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    public static RelationalTypeMapping Mapping(IProperty property) => property.GetRelationalTypeMapping();
}
