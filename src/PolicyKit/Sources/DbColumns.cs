using System.Data.Common;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Populations;

namespace PolicyKit.Sources;

/// <summary>
/// Reads a <see cref="DbDataReader"/> into a population's columns with its typed getters
/// (<c>GetInt64</c>, <c>GetDecimal</c>, <c>GetString</c>...), no profile and no boxed value per
/// cell where the column's type is one <see cref="ProfileDb"/> reads directly; any other column
/// goes cell by cell through <see cref="ProfileDb"/>'s strict conversion, so what is accepted and
/// every error (row and column) are <see cref="ProfileDb"/>'s.
/// </summary>
internal sealed class DbColumns
{
    private readonly DbDataReader _reader;
    private readonly PopulationRows _rows;
    private readonly ProfileDb.DbRows _strict;
    private readonly Kind[] _kinds;
    private readonly string[] _types;

    public DbColumns(DbDataReader reader, FactSchema schema, string? sourceName)
    {
        _reader = reader;
        _strict = new ProfileDb.DbRows(reader, schema, sourceName);   // column errors first, as ProfileDb words them
        var names = new string[reader.FieldCount];
        for (var c = 0; c < names.Length; c++)
        {
            names[c] = reader.GetName(c);
        }

        _rows = new PopulationRows(schema, names, sourceName);
        _kinds = new Kind[names.Length];
        _types = new string[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            _types[c] = reader.GetDataTypeName(c) is { Length: > 0 } t ? t : reader.GetFieldType(c).Name;
            _kinds[c] = KindOf(_rows.FactOf(c), reader.GetFieldType(c));
        }
    }

    private enum Kind
    {
        Id,
        Strict,
        Bool,
        Int16,
        Int32,
        Int64,
        Decimal,
        Date,
        Text,
    }

    public static Population Read(DbDataReader reader, FactSchema schema, string? sourceName, CancellationToken cancellationToken)
    {
        var columns = new DbColumns(reader, schema, sourceName);
        while (reader.Read())
        {
            if ((columns._rows.Row & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            columns.Row();
        }

        return columns._rows.Build();
    }

    public static async ValueTask<Population> ReadAsync(DbDataReader reader, FactSchema schema, string? sourceName, CancellationToken cancellationToken)
    {
        var columns = new DbColumns(reader, schema, sourceName);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            columns.Row();
        }

        return columns._rows.Build();
    }

    private void Row()
    {
        _rows.BeginRow();
        for (var c = 0; c < _kinds.Length; c++)
        {
            if (_reader.IsDBNull(c))
            {
                continue;
            }

            switch (_kinds[c])
            {
                case Kind.Id:
                    break;
                case Kind.Bool:
                    _rows.SetBool(c, _reader.GetBoolean(c));
                    break;
                case Kind.Int16:
                    _rows.SetInteger(c, _reader.GetInt16(c));
                    break;
                case Kind.Int32:
                    _rows.SetInteger(c, _reader.GetInt32(c));
                    break;
                case Kind.Int64:
                    _rows.SetInteger(c, _reader.GetInt64(c));
                    break;
                case Kind.Decimal:
                    _rows.SetNumber(c, _reader.GetDecimal(c), _types[c]);
                    break;
                case Kind.Date:
                    _rows.SetDate(c, LocalDate.FromDateOnly(_reader.GetFieldValue<DateOnly>(c)));
                    break;
                case Kind.Text:
                    _rows.SetText(c, _reader.GetString(c));
                    break;
                default:
                    _rows.Set(c, _strict.CellAt(_rows.Row, c));
                    break;
            }
        }

        _rows.EndRow();
    }

    /// <summary>The typed read of a column, only where <see cref="ProfileDb"/> would accept every value of it the same way.</summary>
    private static Kind KindOf(FactDefinition? fact, Type type)
    {
        if (fact is null)
        {
            return Kind.Id;   // the population keeps no ids; ProfileDb's id check is a row's, not a value's
        }

        if (type == typeof(string))
        {
            return Kind.Text;
        }

        return (fact.Type, Type.GetTypeCode(type)) switch
        {
            (FactType.Bool, TypeCode.Boolean) => Kind.Bool,
            (FactType.Integer or FactType.Decimal or FactType.Money, TypeCode.Int16) => Kind.Int16,
            (FactType.Integer or FactType.Decimal or FactType.Money or FactType.Jurisdiction, TypeCode.Int32) => Kind.Int32,
            (FactType.Integer or FactType.Decimal or FactType.Money or FactType.Jurisdiction, TypeCode.Int64) => Kind.Int64,
            (FactType.Integer or FactType.Decimal or FactType.Money, TypeCode.Decimal) => Kind.Decimal,
            (FactType.Date, _) when type == typeof(DateOnly) => Kind.Date,
            _ => Kind.Strict,
        };
    }
}
