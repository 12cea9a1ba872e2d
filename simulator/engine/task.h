#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace kurir::engine {

/// A move-only `void()` callable for the scheduler. Nearly every scheduled action is a lambda
/// holding a shared pointer and a QByteArray (bytes in flight on a connection): 40 bytes,
/// which std::function would put on the heap, once per event of a run. Task keeps callables
/// of up to kInline bytes inside itself and only larger ones on the heap.
class Task
{
public:
    static constexpr std::size_t kInline = 48;

    Task() = default;

    template <typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Task>>>
    Task(F &&f) // NOLINT(google-explicit-constructor): lambdas convert as to std::function
    {
        using Fn = std::decay_t<F>;
        if constexpr (sizeof(Fn) <= kInline && alignof(Fn) <= alignof(std::max_align_t) &&
                      std::is_nothrow_move_constructible_v<Fn>) {
            ::new (static_cast<void *>(m_storage)) Fn(std::forward<F>(f));
            m_ops = &inlineOps<Fn>;
        } else {
            *reinterpret_cast<Fn **>(m_storage) = new Fn(std::forward<F>(f));
            m_ops = &heapOps<Fn>;
        }
    }

    Task(Task &&other) noexcept : m_ops(other.m_ops)
    {
        if (m_ops) {
            m_ops->move(m_storage, other.m_storage);
            other.m_ops = nullptr;
        }
    }

    Task &operator=(Task &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_ops = other.m_ops;
            if (m_ops) {
                m_ops->move(m_storage, other.m_storage);
                other.m_ops = nullptr;
            }
        }
        return *this;
    }

    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    ~Task() { reset(); }

    explicit operator bool() const { return m_ops != nullptr; }
    void operator()() { m_ops->call(m_storage); }

private:
    struct Ops
    {
        void (*call)(void *);
        void (*move)(void *to, void *from); ///< move-constructs into `to`, destroys `from`
        void (*destroy)(void *);
    };

    template <typename Fn>
    static constexpr Ops inlineOps{
        [](void *p) { (*static_cast<Fn *>(p))(); },
        [](void *to, void *from) {
            ::new (to) Fn(std::move(*static_cast<Fn *>(from)));
            static_cast<Fn *>(from)->~Fn();
        },
        [](void *p) { static_cast<Fn *>(p)->~Fn(); },
    };

    template <typename Fn>
    static constexpr Ops heapOps{
        [](void *p) { (**static_cast<Fn **>(p))(); },
        [](void *to, void *from) { *static_cast<Fn **>(to) = *static_cast<Fn **>(from); },
        [](void *p) { delete *static_cast<Fn **>(p); },
    };

    void reset()
    {
        if (m_ops) {
            m_ops->destroy(m_storage);
            m_ops = nullptr;
        }
    }

    alignas(std::max_align_t) unsigned char m_storage[kInline];
    const Ops *m_ops = nullptr;
};

} // namespace kurir::engine
