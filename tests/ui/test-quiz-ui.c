/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-quiz-ui"

#include "config.h"

#include "dlm-quiz.h"
#include "dlm-quiz-view-private.h"
#include "dlm-quiz-window-private.h"
#include "dlm-registry.h"
#include "ui-test.h"

/* The topics that have a quiz, in the sidebar's order. */
static GPtrArray *
list_quiz_topics (void)
{
  GPtrArray *ids = g_ptr_array_new ();
  guint n;
  const DlmRegistration *registry = dlm_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      DlmTopicClass *klass = g_type_class_ref (registry[i].model_type ());

      if (dlm_quiz_has_topic (klass->id))
        g_ptr_array_add (ids, (gpointer) klass->id);
      g_type_class_unref (klass);
    }

  return ids;
}

static const char *
first_quiz_topic (void)
{
  g_autoptr(GPtrArray) ids = list_quiz_topics ();

  g_assert_cmpuint (ids->len, >, 0);
  return g_ptr_array_index (ids, 0);
}

static DlmQuizWindow *
find_quiz_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  DlmQuizWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DLM_IS_QUIZ_WINDOW (l->data))
      {
        g_assert_null (found);   /* one quiz window at a time */
        found = l->data;
      }

  return found;
}

static gboolean
quiz_window_is_mapped (gpointer data)
{
  DlmQuizWindow *quiz = find_quiz_window ();

  return quiz != NULL && gtk_widget_get_mapped (GTK_WIDGET (quiz));
}

/* Opens a quiz the way the app does, through win.quiz. */
static DlmQuizView *
open_quiz (const char *topic_id)
{
  DlmQuizWindow *quiz;
  DlmQuizView *view;

  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (topic_id));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  settle ();

  quiz = find_quiz_window ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (quiz)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (quiz)));
  g_assert_false (dlm_quiz_window_get_on_overview (quiz));
  view = dlm_quiz_window_get_view (quiz);
  g_assert_cmpstr (dlm_quiz_view_get_topic_id (view), ==, topic_id);
  g_assert_cmpuint (dlm_quiz_view_get_position (view), ==, 0);
  return view;
}

static gboolean
quiz_window_is_gone (gpointer data)
{
  return find_quiz_window () == NULL;
}

static void
close_quiz (void)
{
  DlmQuizWindow *quiz = find_quiz_window ();

  if (quiz != NULL)
    gtk_window_close (GTK_WINDOW (quiz));
  g_assert_true (wait_for (quiz_window_is_gone, NULL));
}

/* The questions of the attempt on show, built again from its seed, as a
 * teacher given the seed would build them. */
static GPtrArray *
attempt_on_show (DlmQuizView *view)
{
  return dlm_quiz_new_for_topic (dlm_quiz_view_get_topic_id (view), dlm_quiz_view_get_seed (view));
}

static const DlmQuizQuestion *
current_question (DlmQuizView *view,
                  GPtrArray   *questions)
{
  return g_ptr_array_index (questions, dlm_quiz_view_get_position (view));
}

static guint
wrong_choice (const DlmQuizQuestion *question)
{
  return dlm_quiz_question_get_correct (question) == 0 ? 1 : 0;
}

/* What a user does: activate the choice's row (a click, or Enter). */
static void
pick (DlmQuizView *view,
      guint        choice)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (dlm_quiz_view_get_choices (view), choice);

  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  settle ();
}

static void
assert_description (GtkWidget  *widget,
                    const char *expected)
{
  g_autofree char *error = NULL;

  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  if (error != NULL)
    g_error ("%s", error);
}

static void
assert_marked (DlmQuizView           *view,
               const DlmQuizQuestion *question,
               guint                  choice,
               const char            *verdict)
{
  GtkLabel *reason = dlm_quiz_view_get_reason_label (view, choice);
  GtkLabel *verdict_label = dlm_quiz_view_get_verdict_label (view, choice);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (dlm_quiz_view_get_choices (view), choice);
  g_autofree char *description = g_strdup_printf ("%s. %s", verdict,
                                                  dlm_quiz_question_get_reason (question, choice));

  g_assert_cmpstr (gtk_label_get_text (verdict_label), ==, verdict);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (verdict_label)));
  g_assert_cmpstr (gtk_label_get_text (reason), ==, dlm_quiz_question_get_reason (question, choice));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (reason)));
  g_assert_false (gtk_list_box_row_get_activatable (row));
  assert_description (GTK_WIDGET (row), description);
}

static void
assert_unmarked (DlmQuizView *view,
                 guint        choice)
{
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (dlm_quiz_view_get_reason_label (view, choice))));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (dlm_quiz_view_get_verdict_label (view, choice))));
}

static void
test_action_opens_topic_quiz (void)
{
  g_autoptr(GPtrArray) ids = list_quiz_topics ();
  const char *last = g_ptr_array_index (ids, ids->len - 1);

  /* Ctrl+K: the quiz of the topic on show */
  g_assert_true (dlm_window_select_topic (window, first_quiz_topic ()));
  settle ();
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "quiz-topic"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz-topic", NULL);
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  g_assert_cmpstr (dlm_quiz_view_get_topic_id (dlm_quiz_window_get_view (find_quiz_window ())), ==,
                   first_quiz_topic ());
  close_quiz ();

  /* win.quiz with a topic opens that topic's quiz, whichever is on show */
  open_quiz (last);
  close_quiz ();

  /* "" opens the overview */
  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  g_assert_true (dlm_quiz_window_get_on_overview (find_quiz_window ()));
  close_quiz ();
}

static void
test_answer_right (void)
{
  const char *id = first_quiz_topic ();
  DlmQuizView *view = open_quiz (id);
  g_autoptr(GPtrArray) questions = attempt_on_show (view);
  const DlmQuizQuestion *question = current_question (view, questions);
  guint correct = dlm_quiz_question_get_correct (question);
  GtkWidget *next = dlm_quiz_view_get_next_button (view);
  GtkLabel *result = dlm_quiz_view_get_result_label (view);

  g_assert_false (dlm_quiz_view_get_answered (view));
  g_assert_false (gtk_widget_is_sensitive (next));
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    assert_unmarked (view, i);

  pick (view, correct);

  g_assert_true (dlm_quiz_view_get_answered (view));
  g_assert_cmpuint (dlm_quiz_view_get_n_right (view), ==, 1);
  assert_marked (view, question, correct, "Right");
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    if (i != correct)
      assert_unmarked (view, i);
  g_assert_cmpstr (gtk_label_get_text (result), ==, "Right!");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (result), "success"));
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_has_focus (next));

  /* a second pick changes nothing */
  pick (view, wrong_choice (question));
  g_assert_cmpuint (dlm_quiz_view_get_n_right (view), ==, 1);
  assert_unmarked (view, wrong_choice (question));

  /* Next moves on to question 2, unanswered */
  g_signal_emit_by_name (next, "clicked");
  settle ();
  g_assert_cmpuint (dlm_quiz_view_get_position (view), ==, 1);
  g_assert_false (dlm_quiz_view_get_answered (view));
  g_assert_false (gtk_widget_is_sensitive (next));
  close_quiz ();
}

static void
test_answer_wrong (void)
{
  const char *id = first_quiz_topic ();
  DlmQuizView *view = open_quiz (id);
  g_autoptr(GPtrArray) questions = attempt_on_show (view);
  const DlmQuizQuestion *question = current_question (view, questions);
  guint correct = dlm_quiz_question_get_correct (question);
  guint wrong = wrong_choice (question);
  GtkLabel *result = dlm_quiz_view_get_result_label (view);

  /* the number keys' action: 1 is the first choice */
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.answer", "u", wrong);
  settle ();

  g_assert_cmpuint (dlm_quiz_view_get_n_right (view), ==, 0);
  assert_marked (view, question, wrong, "Wrong");
  assert_marked (view, question, correct, "Right answer");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (result), "error"));
  g_assert_true (gtk_widget_is_sensitive (dlm_quiz_view_get_next_button (view)));
  close_quiz ();
}

/* Answers every question, the right choice when @right, and returns the
 * view on its score page. */
static DlmQuizView *
take_quiz (const char *id,
           gboolean    right)
{
  DlmQuizView *view = open_quiz (id);
  g_autoptr(GPtrArray) questions = attempt_on_show (view);

  g_assert_cmpuint (dlm_quiz_view_get_n_questions (view), ==, questions->len);
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *question = current_question (view, questions);

      g_assert_cmpuint (dlm_quiz_view_get_position (view), ==, i);
      pick (view, right ? dlm_quiz_question_get_correct (question) : wrong_choice (question));
      g_signal_emit_by_name (dlm_quiz_view_get_next_button (view), "clicked");
      settle ();
    }

  g_assert_true (dlm_quiz_view_get_finished (view));
  return view;
}

static void
assert_stored (GSettings  *settings,
               const char *id,
               guint       best,
               guint       n)
{
  g_autoptr(GVariant) scores = g_settings_get_value (settings, "quiz-scores");
  guint stored_best, stored_n;

  g_assert_true (g_variant_lookup (scores, id, "(uu)", &stored_best, &stored_n));
  g_assert_cmpuint (stored_best, ==, best);
  g_assert_cmpuint (stored_n, ==, n);
}

static void
test_score_stored_and_best_kept (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  const char *id = first_quiz_topic ();
  /* every attempt asks as many questions */
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (id, 1);
  guint n = questions->len;
  g_autofree char *full = g_strdup_printf ("%u of %u right", n, n);
  g_autofree char *none = g_strdup_printf ("0 of %u right", n);
  g_autofree char *kept = NULL;
  g_autofree char *row_text = g_strdup_printf ("Best score: %u of %u", n, n);
  DlmQuizView *view;
  DlmQuizWindow *quiz;
  GtkListBoxRow *row;

  g_settings_reset (settings, "quiz-scores");

  view = take_quiz (id, TRUE);
  g_assert_cmpstr (adw_status_page_get_title (dlm_quiz_view_get_score_page (view)), ==, full);
  assert_stored (settings, id, n, n);

  /* the overview shows it, and its summary counts it */
  quiz = find_quiz_window ();
  gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz-window.overview", NULL);
  settle ();
  g_assert_true (dlm_quiz_window_get_on_overview (quiz));
  row = gtk_list_box_get_row_at_index (dlm_quiz_window_get_overview_list (quiz), 0);
  assert_description (GTK_WIDGET (row), row_text);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dlm_quiz_window_get_summary_label (quiz)), "1 of "));

  close_quiz ();

  /* all wrong: the best score stays */
  view = take_quiz (id, FALSE);
  g_assert_cmpstr (adw_status_page_get_title (dlm_quiz_view_get_score_page (view)), ==, none);
  /* this attempt's score, the best beside it, and the attempt's seed */
  kept = g_strdup_printf ("Your best so far: %u of %u.\nAttempt 1 · seed %u", n, n,
                          dlm_quiz_view_get_seed (view));
  g_assert_cmpstr (adw_status_page_get_description (dlm_quiz_view_get_score_page (view)), ==, kept);
  assert_stored (settings, id, n, n);
  close_quiz ();
}

static void
test_worse_score_kept_then_improved (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  const char *id = first_quiz_topic ();
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (id, 1);
  DlmQuizView *view;

  g_settings_reset (settings, "quiz-scores");
  view = take_quiz (id, FALSE);
  assert_stored (settings, id, 0, questions->len);

  /* Try Again on the score page starts over, and a better run counts */
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.restart", NULL);
  settle ();
  g_assert_false (dlm_quiz_view_get_finished (view));
  g_assert_cmpuint (dlm_quiz_view_get_position (view), ==, 0);
  close_quiz ();
  take_quiz (id, TRUE);
  assert_stored (settings, id, questions->len, questions->len);
  close_quiz ();
}

static void
test_overview_lists_every_quiz (void)
{
  g_autoptr(GPtrArray) ids = list_quiz_topics ();
  GSettings *settings = dlm_application_get_settings (app);
  DlmQuizWindow *quiz;
  GtkListBox *list;
  guint n_rows = 0;

  g_settings_reset (settings, "quiz-scores");
  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  quiz = find_quiz_window ();
  list = dlm_quiz_window_get_overview_list (quiz);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      DlmTopic *topic = dlm_window_get_topic (window, g_ptr_array_index (ids, n_rows));

      g_assert_true (ADW_IS_ACTION_ROW (child));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), ==,
                       dlm_topic_get_title (topic));
      assert_description (child, "Not taken yet");
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, ids->len);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dlm_quiz_window_get_summary_label (quiz)), "0 of "));
  close_quiz ();

  /* a score no quiz can give (the setting edited by hand) counts as none */
  g_settings_set_value (settings, "quiz-scores",
                        g_variant_new_parsed ("{%s: (uint32 9, uint32 6)}", (char *) g_ptr_array_index (ids, 0)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  quiz = find_quiz_window ();
  list = dlm_quiz_window_get_overview_list (quiz);
  assert_description (gtk_widget_get_first_child (GTK_WIDGET (list)), "Not taken yet");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dlm_quiz_window_get_summary_label (quiz)), "0 of "));
  g_settings_reset (settings, "quiz-scores");

  /* activating a row starts that quiz */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, ids->len - 1)));
  settle ();
  g_assert_false (dlm_quiz_window_get_on_overview (quiz));
  g_assert_cmpstr (dlm_quiz_view_get_topic_id (dlm_quiz_window_get_view (quiz)), ==,
                   g_ptr_array_index (ids, ids->len - 1));
  close_quiz ();
}

/* Every control a user can reach in the quiz window has a name for
 * screen readers. */
static void
assert_every_control_named (void)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed (GTK_WIDGET (find_quiz_window ()), unnamed);
  if (unnamed->len > 0)
    g_error ("controls without an accessible name:%s", unnamed->str);
}

static void
test_every_control_named (void)
{
  const char *id = first_quiz_topic ();
  DlmQuizView *view;

  /* the overview */
  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  settle ();
  assert_every_control_named ();
  close_quiz ();

  /* a question, before and after answering, the seed's popover, then
   * the score page */
  view = open_quiz (id);
  assert_every_control_named ();
  gtk_menu_button_popup (dlm_quiz_view_get_seed_button (view));
  settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dlm_quiz_view_get_seed_entry (view))));
  assert_every_control_named ();
  gtk_menu_button_popdown (dlm_quiz_view_get_seed_button (view));
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.answer", "u", 0);
  settle ();
  assert_every_control_named ();
  close_quiz ();
  take_quiz (id, TRUE);
  assert_every_control_named ();
  close_quiz ();
}

/* Runs what a key is bound to on @widget (its class's key bindings), as
 * pressing it does; FALSE when nothing is bound to it. */
static gboolean
press_bound_key (GtkWidget  *widget,
                 const char *key)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (widget, key);

  if (shortcut == NULL)
    return FALSE;
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                               gtk_shortcut_get_arguments (shortcut)));
  settle ();
  return TRUE;
}

/* The number keys pick a choice: 2 is the second. */
static void
test_number_keys (void)
{
  const char *id = first_quiz_topic ();
  DlmQuizView *view = open_quiz (id);
  g_autoptr(GPtrArray) questions = attempt_on_show (view);
  const DlmQuizQuestion *question = current_question (view, questions);
  const char *verdict = dlm_quiz_question_is_correct (question, 1) ? "Right" : "Wrong";

  g_assert_true (press_bound_key (GTK_WIDGET (view), "2"));
  g_assert_true (dlm_quiz_view_get_answered (view));
  assert_marked (view, question, 1, verdict);
  close_quiz ();
}

/* The view shows the questions of @seed: the prompt and the choices of
 * the question on show are those the quiz builds from that seed. */
static void
assert_shows_attempt (DlmQuizView *view,
                      guint32      seed,
                      guint        attempt)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (dlm_quiz_view_get_topic_id (view), seed);
  const DlmQuizQuestion *question = g_ptr_array_index (questions, 0);
  GtkListBox *choices = dlm_quiz_view_get_choices (view);
  g_autofree char *label = g_strdup_printf ("Attempt %u · seed %u", attempt, seed);
  g_autofree char *name = g_strdup_printf ("%s: take an attempt from a seed", label);
  g_autofree char *error = NULL;

  g_assert_cmpuint (dlm_quiz_view_get_seed (view), ==, seed);
  g_assert_cmpuint (dlm_quiz_view_get_attempt (view), ==, attempt);
  g_assert_cmpuint (dlm_quiz_view_get_position (view), ==, 0);
  g_assert_false (dlm_quiz_view_get_finished (view));
  g_assert_cmpstr (gtk_menu_button_get_label (dlm_quiz_view_get_seed_button (view)), ==, label);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (dlm_quiz_view_get_seed_button (view)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  g_assert_null (error);
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (choices, i);

      error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                  dlm_quiz_question_get_choice (question, i));
      g_assert_null (error);
    }
  g_assert_null (gtk_list_box_get_row_at_index (choices, dlm_quiz_question_get_n_choices (question)));
}

/* Each attempt, and each retake, comes from a new seed, shown. */
static void
test_new_seed_per_attempt (void)
{
  DlmQuizView *view = open_quiz (first_quiz_topic ());
  guint32 first = dlm_quiz_view_get_seed (view);
  guint32 second;
  g_autoptr(GHashTable) seeds = g_hash_table_new (NULL, NULL);

  assert_shows_attempt (view, first, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.restart", NULL);
  settle ();
  second = dlm_quiz_view_get_seed (view);
  assert_shows_attempt (view, second, 2);

  /* random seeds: twenty retakes bring (almost surely) twenty seeds */
  for (guint i = 0; i < 20; i++)
    {
      dlm_quiz_view_restart (view);
      g_hash_table_add (seeds, GUINT_TO_POINTER (dlm_quiz_view_get_seed (view)));
    }
  g_assert_cmpuint (g_hash_table_size (seeds), >=, 19);
  g_assert_cmpuint (dlm_quiz_view_get_attempt (view), ==, 22);
  close_quiz ();
}

/* A typed seed reproduces its attempt; a wrong one is refused in place,
 * with the range and why, and the attempt on show stays. */
static void
test_typed_seed (void)
{
  DlmQuizView *view = open_quiz (first_quiz_topic ());
  GtkMenuButton *button = dlm_quiz_view_get_seed_button (view);
  GtkEntry *entry = dlm_quiz_view_get_seed_entry (view);
  GtkLabel *error_label = dlm_quiz_view_get_seed_error_label (view);
  guint32 before = dlm_quiz_view_get_seed (view);
  g_autofree char *before_text = g_strdup_printf ("%u", before);
  const char *bad[] = { "abc", "4294967296", "-1", "" };

  gtk_menu_button_popup (button);
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, before_text);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *expected = g_strdup_printf ("Seed: expected a whole number from 0 to 4294967295 "
                                                   "(2³² − 1: NumPy’s legacy seed is a 32-bit unsigned "
                                                   "integer), not “%s”", bad[i]);

      gtk_editable_set_text (GTK_EDITABLE (entry), bad[i]);
      gtk_widget_activate_action (GTK_WIDGET (view), "quiz.use-seed", NULL);
      settle ();
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
      g_assert_cmpstr (gtk_label_get_text (error_label), ==, expected);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (entry)));
      assert_shows_attempt (view, before, 1);
    }

  /* Enter in the field starts the attempt of seed 42, as in any window */
  gtk_editable_set_text (GTK_EDITABLE (entry), "42");
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (entry)));
  assert_shows_attempt (view, 42, 2);

  /* the largest seed is accepted */
  gtk_menu_button_popup (button);
  settle ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "4294967295");
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.use-seed", NULL);
  settle ();
  assert_shows_attempt (view, G_MAXUINT32, 3);
  close_quiz ();
}

/* Esc closes the quiz window and leaves the main window. */
static void
test_escape_closes (void)
{
  open_quiz (first_quiz_topic ());
  g_assert_true (press_bound_key (GTK_WIDGET (find_quiz_window ()), "Escape"));
  g_assert_true (wait_for (quiz_window_is_gone, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/quiz-ui/action-opens-topic-quiz", test_action_opens_topic_quiz);
  g_test_add_func ("/quiz-ui/answer-right", test_answer_right);
  g_test_add_func ("/quiz-ui/answer-wrong", test_answer_wrong);
  g_test_add_func ("/quiz-ui/score-stored-and-best-kept", test_score_stored_and_best_kept);
  g_test_add_func ("/quiz-ui/worse-score-kept-then-improved", test_worse_score_kept_then_improved);
  g_test_add_func ("/quiz-ui/overview-lists-every-quiz", test_overview_lists_every_quiz);
  g_test_add_func ("/quiz-ui/every-control-named", test_every_control_named);
  g_test_add_func ("/quiz-ui/number-keys", test_number_keys);
  g_test_add_func ("/quiz-ui/escape-closes", test_escape_closes);
  g_test_add_func ("/quiz-ui/new-seed-per-attempt", test_new_seed_per_attempt);
  g_test_add_func ("/quiz-ui/typed-seed", test_typed_seed);

  return ui_test_run ();
}
