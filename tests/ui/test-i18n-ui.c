/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "dlm-quiz.h"
#include "dlm-quiz-view-private.h"
#include "dlm-quiz-window-private.h"
#include "dlm-topic-registry.h"
#include "ui-test.h"

/* The window in German (the test runs under LC_ALL=de_DE.UTF-8): the
 * translation loads, and no text that has a German translation is left
 * in English anywhere in the window, its pages, menus or shortcuts. */

/* Fails when @text is an English message that the catalogue translates
 * differently, i.e. when the user would see English that need not be. */
static void
assert_not_english (const char *where,
                    const char *text)
{
  const char *german;

  if (text == NULL || *text == '\0')
    return;

  german = g_dgettext (GETTEXT_PACKAGE, text);
  if (strcmp (german, text) != 0)
    g_error ("%s shows “%s” in English; the German catalogue has “%s”", where, text, german);
}

static void
check_widget_texts (GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);

  if (GTK_IS_LABEL (widget))
    assert_not_english (type, gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget) && GTK_IS_TEXT (widget))
    assert_not_english (type, gtk_text_get_placeholder_text (GTK_TEXT (widget)));
  assert_not_english (type, gtk_widget_get_tooltip_text (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget_texts (child);
}

static void
check_menu_texts (GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        assert_not_english ("menu item", label);
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          check_menu_texts (linked);
          g_object_unref (linked);
        }
    }
}

static void
check_menus (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    check_menu_texts (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_menus (child);
}

static void
test_catalogue_loaded (void)
{
  g_assert_true (g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "de_DE"));
  g_assert_cmpstr (_("Softmax"), ==, "Softmax");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Dot product"), ==, "Skalarprodukt");
}

/* Every sidebar row shows its topic's German title. */
static void
test_sidebar_is_german (void)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);
  GtkListBox *list = dlm_window_get_sidebar (window);
  guint german = 0;

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      const char *english = DLM_TOPIC_GET_CLASS (topic)->title;
      const char *shown = gtk_label_get_label (GTK_LABEL (label));

      g_assert_cmpstr (shown, ==, g_dgettext (GETTEXT_PACKAGE, english));
      german += strcmp (shown, english) != 0;
    }
  /* A few titles are the same word in both languages (Softmax). */
  g_assert_cmpuint (german, >=, n_topics - 2);
}

/* Each topic's page, the header bar and the menus: nothing English left. */
static void
test_pages_are_german (void)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  g_assert_true (wait_for (window_is_drawn, NULL));
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);

      show_topic (dlm_topic_get_id (topic));
      check_widget_texts (GTK_WIDGET (window));
    }
  check_menus (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   dlm_topic_get_title (dlm_window_get_topic (window, dlm_window_get_topic_id (window))));
  assert_not_english ("window title", gtk_window_get_title (GTK_WINDOW (window)));
}

/* The shortcuts window that GtkApplication loads from the resources. */
static void
test_shortcuts_window_is_german (void)
{
  GtkShortcutsWindow *overlay = dlm_window_get_shortcuts_window (window);

  g_assert_nonnull (overlay);
  check_widget_texts (GTK_WIDGET (overlay));
}

static DlmQuizWindow *
find_quiz_window (void)
{
  return (DlmQuizWindow *) find_toplevel (DLM_TYPE_QUIZ_WINDOW);
}

static gboolean
quiz_window_is_mapped (gpointer data)
{
  DlmQuizWindow *quiz = find_quiz_window ();

  return quiz != NULL && gtk_widget_get_mapped (GTK_WIDGET (quiz));
}

static GPtrArray *
softmax_quiz_in (const char *locale,
                 guint32     seed)
{
  g_autofree char *old = g_strdup (setlocale (LC_MESSAGES, NULL));
  GPtrArray *questions;

  g_assert_nonnull (setlocale (LC_MESSAGES, locale));
  questions = dlm_quiz_new_for_topic ("softmax", seed);
  setlocale (LC_MESSAGES, old);

  return questions;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

/* Every question is built in German, and the quiz window shows it. */
static void
test_quiz_questions_are_german (void)
{
  g_autoptr(GPtrArray) english = softmax_quiz_in ("C.UTF-8", 1);
  g_autoptr(GPtrArray) german = softmax_quiz_in ("", 1);

  g_assert_cmpuint (english->len, ==, german->len);
  for (guint i = 0; i < german->len; i++)
    g_assert_cmpstr (dlm_quiz_question_get_prompt (g_ptr_array_index (german, i)), !=,
                     dlm_quiz_question_get_prompt (g_ptr_array_index (english, i)));
}

/* The quiz overview, a question, and the feedback after an answer. */
static void
test_quiz_is_german (void)
{
  DlmQuizWindow *quiz;
  DlmQuizView *view;
  GtkListBoxRow *first;

  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  settle ();
  quiz = find_quiz_window ();
  g_assert_true (dlm_quiz_window_get_on_overview (quiz));
  check_widget_texts (GTK_WIDGET (quiz));

  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string ("softmax"));
  settle ();
  view = dlm_quiz_window_get_view (quiz);
  check_widget_texts (GTK_WIDGET (quiz));
  {
    /* the attempt the view shows: its seed picks the questions */
    g_autoptr(GPtrArray) german = softmax_quiz_in ("", dlm_quiz_view_get_seed (view));

    g_assert_true (shows_label (GTK_WIDGET (view), dlm_quiz_question_get_prompt (g_ptr_array_index (german, 0))));
  }

  first = gtk_list_box_get_row_at_index (dlm_quiz_view_get_choices (view), 0);
  g_signal_emit_by_name (dlm_quiz_view_get_choices (view), "row-activated", first);
  settle ();
  g_assert_true (dlm_quiz_view_get_answered (view));
  g_assert_cmpstr (gtk_label_get_label (dlm_quiz_view_get_reason_label (view, 0)), !=, "");
  check_widget_texts (GTK_WIDGET (quiz));

  gtk_window_close (GTK_WINDOW (quiz));
  settle ();
}

/* The About window's comments and the release notes it reads from the
 * (untranslated) AppStream file in the resources. */
static void
test_about_is_german (void)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  settle ();
  about = ADW_ABOUT_WINDOW (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  assert_not_english ("About comments", adw_about_window_get_comments (about));
  g_assert_nonnull (strstr (adw_about_window_get_release_notes (about), "<p>Die erste Veröffentlichung.</p>"));
  g_assert_null (strstr (adw_about_window_get_release_notes (about), "The first release"));
  check_widget_texts (GTK_WIDGET (about));

  gtk_window_destroy (GTK_WINDOW (about));
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  ui_test_init (&argc, &argv);

  g_test_add_func ("/i18n-ui/catalogue-loaded", test_catalogue_loaded);
  g_test_add_func ("/i18n-ui/sidebar-is-german", test_sidebar_is_german);
  g_test_add_func ("/i18n-ui/pages-are-german", test_pages_are_german);
  g_test_add_func ("/i18n-ui/shortcuts-window-is-german", test_shortcuts_window_is_german);
  g_test_add_func ("/i18n-ui/quiz-questions-are-german", test_quiz_questions_are_german);
  g_test_add_func ("/i18n-ui/quiz-is-german", test_quiz_is_german);
  g_test_add_func ("/i18n-ui/about-is-german", test_about_is_german);

  return ui_test_run ();
}
