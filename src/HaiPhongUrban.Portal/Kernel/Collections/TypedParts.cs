using System.Collections.Immutable;

namespace HaiPhongUrban.Portal.Kernel.Collections;

/// <summary>
/// An immutable set of parts, at most one of each type, found by its type: the way the site model holds
/// what each section contributes without the model knowing any section. A part is a typed record, never
/// a bag of strings, so a section reads another's part through its C# type and the compiler checks it.
/// </summary>
public sealed class TypedParts
{
    public static readonly TypedParts Empty = new(ImmutableDictionary<Type, object>.Empty);

    private readonly ImmutableDictionary<Type, object> _parts;

    private TypedParts(ImmutableDictionary<Type, object> parts) => _parts = parts;

    /// <summary>The part of type <typeparamref name="T"/>; a missing one is a bug in the order sections run in.</summary>
    public T Get<T>()
        where T : class =>
        _parts.TryGetValue(typeof(T), out var part)
            ? (T)part
            : throw new InvalidOperationException($"No {typeof(T).Name} yet: the section that makes it must run before the one reading it.");

    public T? Find<T>()
        where T : class =>
        _parts.TryGetValue(typeof(T), out var part) ? (T)part : null;

    /// <summary>A copy with <paramref name="part"/> added, or replacing the part of its type.</summary>
    public TypedParts With<T>(T part)
        where T : class => new(_parts.SetItem(typeof(T), part));
}
