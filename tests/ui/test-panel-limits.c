/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-topic-registry.h"
#include "ui-test.h"

/* The panels say the limits their topics keep, before a user runs into
 * them, and a value past one is refused with the topic's own message. */

static DlmTopicPanel *
panel_of (const char *topic_id)
{
  return dlm_topic_page_get_panel (show_topic (topic_id));
}

static GtkSpinButton *
spin_of (DlmTopicPanel *panel,
         const char    *key)
{
  return GTK_SPIN_BUTTON (dlm_param_binding_get_input (dlm_topic_panel_get_binding (panel, key)));
}

static double
upper_of (DlmTopicPanel *panel,
          const char    *key)
{
  return gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (spin_of (panel, key)));
}

static int
topic_int (DlmTopicPanel *panel,
           const char    *key)
{
  int value = 0;

  g_object_get (dlm_topic_panel_get_topic (panel), key, &value, NULL);
  return value;
}

static void
set_params (DlmTopicPanel      *panel,
            const char *const  *assignments)
{
  g_assert_true (dlm_topic_apply (dlm_topic_panel_get_topic (panel), assignments, NULL));
  settle ();
}

/* The row's subtitle names the bound, as the panel formats numbers. */
static void
assert_subtitle_names (DlmTopicPanel *panel,
                       const char    *key,
                       double         bound)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (spin_of (panel, key)), ADW_TYPE_ACTION_ROW);
  g_autofree char *number = dlm_format_short (bound, -1);

  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), number));
}

/* What a user does: type a number into the spin button, then press Enter. */
static void
type_number (GtkSpinButton *spin,
             const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  settle ();
}

/* The group says what the image field accepts, the size and file limits
 * included, in the words of --list-params. */
static void
test_datatypes_image_limits (void)
{
  DlmTopicPanel *panel = panel_of ("datatypes");
  GtkWidget *row = dlm_param_binding_get_input (dlm_topic_panel_get_binding (panel, "image"));
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
  const char *description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));

  g_assert_nonnull (strstr (description, "a PNG or JPEG file of at most 64 MB and 4096 × 4096 pixels"));
}

/* n × repeats ≤ 10⁷: each spin button's arrows stop where the other field
 * puts the limit, and the bound follows that field. */
static void
test_sampling_bounds_follow (void)
{
  DlmTopicPanel *panel = panel_of ("sampling");

  set_params (panel, (const char *const[]) { "view=distribution", "n=30", "repeats=1000", NULL });
  g_assert_cmpfloat (upper_of (panel, "n"), ==, 10000);
  g_assert_cmpfloat (upper_of (panel, "repeats"), ==, 333333);
  assert_subtitle_names (panel, "n", 10000);
  assert_subtitle_names (panel, "repeats", 333333);

  set_params (panel, (const char *const[]) { "repeats=100", NULL });
  g_assert_cmpfloat (upper_of (panel, "n"), ==, 100000);
  assert_subtitle_names (panel, "n", 100000);

  /* at the bound, the up arrow stays there and the topic takes the value */
  gtk_spin_button_set_value (spin_of (panel, "n"), 100000);
  gtk_spin_button_spin (spin_of (panel, "n"), GTK_SPIN_STEP_FORWARD, 1);
  settle ();
  g_assert_cmpint (topic_int (panel, "n"), ==, 100000);
  g_assert_null (dlm_param_binding_get_error (dlm_topic_panel_get_binding (panel, "n")));
  g_assert_cmpfloat (upper_of (panel, "repeats"), ==, 100);

  /* draws × (runs + 1) ≤ 10⁷ */
  set_params (panel, (const char *const[]) { "view=lln", "draws=1000000", "runs=5", NULL });
  g_assert_cmpfloat (upper_of (panel, "runs"), ==, 9);
  g_assert_cmpfloat (upper_of (panel, "draws"), ==, 1666666);
  assert_subtitle_names (panel, "runs", 9);

  dlm_topic_panel_restore_defaults (panel);
  settle ();
  g_assert_cmpfloat (upper_of (panel, "runs"), ==, 10);
  g_assert_cmpint (topic_int (panel, "draws"), ==, 500);
}

/* A typed value past the bound is not clamped in silence: the topic's
 * message shows under the field, the topic keeps its value, and the next
 * accepted change clears the message. */
static void
test_sampling_typed_past_limit (void)
{
  DlmTopicPanel *panel = panel_of ("sampling");
  DlmParamBinding *n = dlm_topic_panel_get_binding (panel, "n");
  const char *error;

  set_params (panel, (const char *const[]) { "view=distribution", "n=30", "repeats=1000", NULL });
  type_number (spin_of (panel, "n"), "20000");
  error = dlm_param_binding_get_error (n);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "10000000"));
  g_assert_cmpint (topic_int (panel, "n"), ==, 30);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (spin_of (panel, "n")),
                                                                    ADW_TYPE_ACTION_ROW), "error"));
  /* news from the topic (its samples computed in the background) tries
   * the refused text again, not the value the button shows again */
  g_signal_emit_by_name (dlm_topic_panel_get_topic (panel), "changed");
  settle ();
  g_assert_nonnull (dlm_param_binding_get_error (n));
  g_assert_cmpint (topic_int (panel, "n"), ==, 30);

  type_number (spin_of (panel, "n"), "40");
  g_assert_null (dlm_param_binding_get_error (n));
  g_assert_cmpint (topic_int (panel, "n"), ==, 40);

  /* past the field's own range too: its range message, not a clamp */
  set_params (panel, (const char *const[]) { "view=lln", NULL });
  type_number (spin_of (panel, "runs"), "11");
  g_assert_nonnull (dlm_param_binding_get_error (dlm_topic_panel_get_binding (panel, "runs")));
  g_assert_cmpint (topic_int (panel, "runs"), ==, 5);

  dlm_topic_panel_restore_defaults (panel);
  settle ();
}

static char *
topic_text (DlmTopicPanel *panel,
            const char    *key)
{
  return dlm_topic_get_param_text (dlm_topic_panel_get_topic (panel), key);
}

/* Typed into @spin, @text is refused with the field's message and the
 * field keeps @before. */
static void
assert_refused (DlmTopicPanel *panel,
                const char    *key,
                const char    *text,
                const char    *before)
{
  DlmParamBinding *binding = dlm_topic_panel_get_binding (panel, key);
  g_autofree char *after = NULL;
  const char *error;

  type_number (spin_of (panel, key), text);
  error = dlm_param_binding_get_error (binding);
  after = topic_text (panel, key);
  if (error == NULL || !g_str_has_prefix (error, key) || g_strcmp0 (after, before) != 0)
    g_error ("%s “%s”: message %s, value %s (was %s)", key, text, error, after, before);
}

/* No spin button of any panel clamps a typed value or drops unreadable
 * text in silence: above its upper bound, below its lower bound, or not a
 * number, the topic refuses it under the field and keeps its value. */
static void
test_every_spin_button_refuses (void)
{
  guint n_topics, checked = 0;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) probe = g_object_new (types[t] (), NULL);
      DlmTopicPanel *panel = panel_of (dlm_topic_get_id (probe));
      g_autoptr(GPtrArray) params = dlm_topic_list_params (dlm_topic_panel_get_topic (panel));

      for (guint i = 0; i < params->len; i++)
        {
          const DlmParamInfo *info = g_ptr_array_index (params, i);
          DlmParamBinding *binding = dlm_topic_panel_get_binding (panel, info->name);
          GtkAdjustment *adjustment;
          g_autofree char *before = NULL, *above = NULL, *below = NULL;
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          if (binding == NULL || !GTK_IS_SPIN_BUTTON (dlm_param_binding_get_input (binding)) ||
              !gtk_widget_is_sensitive (dlm_param_binding_get_input (binding)))
            continue;
          adjustment = gtk_spin_button_get_adjustment (spin_of (panel, info->name));
          before = topic_text (panel, info->name);
          above = g_strdup (g_ascii_dtostr (buf, sizeof buf, gtk_adjustment_get_upper (adjustment) * 10 + 1e6));
          below = g_strdup (g_ascii_dtostr (buf, sizeof buf, gtk_adjustment_get_lower (adjustment) -
                                                           fabs (gtk_adjustment_get_lower (adjustment)) - 1e6));
          assert_refused (panel, info->name, above, before);
          assert_refused (panel, info->name, below, before);
          assert_refused (panel, info->name, "twelve", before);
          checked++;
        }
      dlm_topic_panel_restore_defaults (panel);
      settle ();
    }
  g_assert_cmpuint (checked, >=, 20);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/panel-limits/datatypes-image", test_datatypes_image_limits);
  g_test_add_func ("/panel-limits/sampling-bounds-follow", test_sampling_bounds_follow);
  g_test_add_func ("/panel-limits/sampling-typed-past-limit", test_sampling_typed_past_limit);
  g_test_add_func ("/panel-limits/every-spin-button-refuses", test_every_spin_button_refuses);

  return ui_test_run ();
}
