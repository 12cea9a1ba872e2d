#include "guitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

#include "language.h"
#include "mainwindow.h"
#include "player.h"

namespace kurir::gui::test {

QString PseudoIndonesian::translate(const char *, const char *sourceText, const char *, int) const
{
    if (currentLanguage() != QLatin1String("id") || !sourceText || !*sourceText)
        return {};
    return QStringLiteral("[id] ") + QString::fromUtf8(sourceText);
}

namespace {

QString pathOf(QWidget *w, QWidget *root)
{
    QStringList parts;
    for (QObject *o = w; o && o != root->parentWidget(); o = o->parent()) {
        int n = 0;
        if (o->parent())
            for (QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject())
                    ++n;
            }
        parts.prepend(QStringLiteral("%1#%2%3").arg(QString::fromLatin1(o->metaObject()->className())).arg(n)
                          .arg(o->objectName().isEmpty() ? QString() : QLatin1Char(':') + o->objectName()));
    }
    return parts.join(QLatin1Char('/'));
}

void addActions(std::map<QString, QString> &out, const QString &where, const QList<QAction *> &actions)
{
    int i = 0;
    for (QAction *a : actions) {
        const QString key = QStringLiteral("%1/action%2").arg(where).arg(i++);
        if (a->isSeparator())
            continue;
        out[key + QStringLiteral("/text")] = a->text();
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            out[key + QStringLiteral("/toolTip")] = a->toolTip();
        if (QMenu *m = a->menu()) {
            out[key + QStringLiteral("/title")] = m->title();
            addActions(out, key, m->actions());
        }
    }
}

} // namespace

std::map<QString, QString> visibleTexts(QWidget *root)
{
    std::map<QString, QString> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && (!w->isVisibleTo(root) || w->isWindow()))
            continue;
        const QString key = pathOf(w, root);
        out[key + QStringLiteral("/toolTip")] = w->toolTip();
        out[key + QStringLiteral("/accessibleName")] = w->accessibleName();
        out[key + QStringLiteral("/accessibleDescription")] = w->accessibleDescription();
        if (w->isWindow())
            out[key + QStringLiteral("/windowTitle")] = w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            out[key + QStringLiteral("/text")] = l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out[key + QStringLiteral("/text")] = b->text();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i) {
                out[key + QStringLiteral("/item%1").arg(i)] = c->itemText(i);
                out[key + QStringLiteral("/item%1/toolTip").arg(i)] = c->itemData(i, Qt::ToolTipRole).toString();
            }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                out[key + QStringLiteral("/header%1").arg(c)] = v->model()->headerData(c, Qt::Horizontal).toString();
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            addActions(out, key, bar->actions());
        if (auto *bar = qobject_cast<QToolBar *>(w)) {
            out[key + QStringLiteral("/windowTitle")] = bar->windowTitle();
            addActions(out, key, bar->actions());
        }
    }
    for (auto it = out.begin(); it != out.end();) {
        if (it->second.trimmed().isEmpty())
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

void WindowFixture::SetUp()
{
    installLanguage(QStringLiteral("en"));
    window = std::make_unique<MainWindow>(false);
    ASSERT_TRUE(window->openScenario(QStringLiteral("gmail-to-yahoo")));
    window->player()->setStepAnimation(false);
    window->resize(1280, 800);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    settle();
}

void WindowFixture::TearDown()
{
    window.reset();
    installLanguage(QStringLiteral("en"));
    settle();
}

Player &WindowFixture::player()
{
    return *window->player();
}

} // namespace kurir::gui::test
