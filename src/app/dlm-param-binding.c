/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-param-binding.h"
#include "dlm-parse.h"
#include "dlm-topic-data.h"

/* How long typing must pause before an entry applies itself. */
#define APPLY_DELAY_MS 700

typedef enum {
  INPUT_EDITABLE,
  INPUT_SPIN_BUTTON,
  INPUT_ACTION,
} InputKind;

struct _DlmParamBinding
{
  GObject        parent_instance;

  DlmTopic      *topic;
  char          *key;
  InputKind      kind;
  GtkWidget     *input;        /* weak */
  GtkWidget     *row;          /* weak */
  GtkLabel      *error_label;  /* weak */
  GSimpleAction *action;

  char          *synced_text;  /* the topic's value the control shows */
  char          *error;
  /* text typed into a spin button that the topic refused: the button
   * shows its value again, but a retry tries this text */
  char          *refused;
  guint          apply_source;
  guint          updating : 1;
  guint          loading : 1;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_KEY,
  PROP_ERROR,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmParamBinding, dlm_param_binding, G_TYPE_OBJECT)

/* An error label may sit in a list row of its own, right under the field's
 * row; then the whole row comes and goes with the message. */
static GtkWidget *
error_holder (GtkLabel *label)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (label));

  if (GTK_IS_LIST_BOX_ROW (parent))
    return parent;

  return GTK_WIDGET (label);
}

static void
dlm_param_binding_show_error (DlmParamBinding *self,
                              const char      *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);

  if (self->error_label != NULL)
    {
      gtk_label_set_text (self->error_label, message ? message : "");
      gtk_widget_set_visible (error_holder (self->error_label), message != NULL);
    }

  if (self->row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (self->row, "error");
      else
        gtk_widget_remove_css_class (self->row, "error");
    }

  if (self->input != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->input),
                                 GTK_ACCESSIBLE_STATE_INVALID,
                                 message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                 -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
dlm_param_binding_show_text (DlmParamBinding *self,
                             const char      *text)
{
  self->updating = TRUE;

  switch (self->kind)
    {
    case INPUT_EDITABLE:
      if (self->input != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->input), text);
      break;

    case INPUT_SPIN_BUTTON:
      if (self->input != NULL)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->input),
                                   g_ascii_strtod (text, NULL));
      break;

    case INPUT_ACTION:
      g_simple_action_set_state (self->action, g_variant_new_string (text));
      break;

    default:
      g_assert_not_reached ();
    }

  self->updating = FALSE;
}

static char *
dlm_param_binding_dup_input_text (DlmParamBinding *self)
{
  if (self->input == NULL)
    return NULL;

  if (self->kind == INPUT_EDITABLE)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->input)));

  if (self->kind == INPUT_SPIN_BUTTON && self->refused != NULL)
    return g_strdup (self->refused);

  if (self->kind == INPUT_SPIN_BUTTON)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (buf, sizeof buf, gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->input)));
      return g_strdup (buf);
    }

  return NULL;
}

void
dlm_param_binding_sync (DlmParamBinding *self)
{
  g_return_if_fail (DLM_IS_PARAM_BINDING (self));

  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_pointer (&self->refused, g_free);
  g_free (self->synced_text);
  self->synced_text = dlm_topic_get_param_text (self->topic, self->key);
  dlm_param_binding_show_text (self, self->synced_text ? self->synced_text : "");
  dlm_param_binding_show_error (self, NULL);
}

gboolean
dlm_param_binding_apply (DlmParamBinding *self,
                         const char      *text)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  g_clear_handle_id (&self->apply_source, g_source_remove);

  /* The topic's "changed" arrives while we set it; it is ours, not news. */
  self->updating = TRUE;
  ok = dlm_topic_set_param (self->topic, self->key, text, &error);
  self->updating = FALSE;

  if (!ok)
    {
      dlm_param_binding_show_error (self, error->message);
      return FALSE;
    }

  g_clear_pointer (&self->refused, g_free);
  g_free (self->synced_text);
  self->synced_text = dlm_topic_get_param_text (self->topic, self->key);
  if (self->kind == INPUT_ACTION)
    dlm_param_binding_show_text (self, self->synced_text);
  dlm_param_binding_show_error (self, NULL);

  return TRUE;
}

static void
dlm_param_binding_retry (DlmParamBinding *self)
{
  g_autofree char *text = dlm_param_binding_dup_input_text (self);

  if (text != NULL)
    dlm_param_binding_apply (self, text);
}

static void
on_topic_changed (DlmParamBinding *self)
{
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  /* A refused value may be fine now that another field moved (xmin and
   * xmax are checked together), so the refused text gets another try. */
  if (self->error != NULL)
    {
      dlm_param_binding_retry (self);
      return;
    }

  text = dlm_topic_get_param_text (self->topic, self->key);
  if (g_strcmp0 (text, self->synced_text) != 0)
    dlm_param_binding_sync (self);
}

static gboolean
apply_after_typing (gpointer data)
{
  DlmParamBinding *self = data;

  self->apply_source = 0;
  dlm_param_binding_retry (self);

  return G_SOURCE_REMOVE;
}

static void
on_editable_changed (DlmParamBinding *self)
{
  if (self->updating)
    return;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->apply_source = g_timeout_add (APPLY_DELAY_MS, apply_after_typing, self);
}

/* A range copied from a spreadsheet: cells split by tabs, rows by line
 * breaks. A one-line entry would show the breaks as stray glyphs ("3-4"
 * for 3, break, 4), so the paste becomes the field's own form, "1, 2; 3, 4"
 * (labels all with commas). A NumPy print ("[[1 3]\n [5 7]]") stays as
 * it is: the parser reads its brackets. */
static char *
spreadsheet_to_field_text (const char *text,
                           gsize       length,
                           gboolean    labels)
{
  g_autofree char *copy = g_strndup (text, length);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (strchr (copy, '[') != NULL || strpbrk (copy, "\t\n") == NULL)
    return NULL;
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (g_strstrip (lines[i]), "\t", -1);

      if (*lines[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, labels ? ", " : "; ");
      for (guint j = 0; cells[j] != NULL; j++)
        g_string_append_printf (out, "%s%s", j > 0 ? ", " : "", g_strstrip (cells[j]));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
on_insert_text (GtkEditable     *editable,
                const char      *text,
                int              length,
                int             *position,
                DlmParamBinding *self)
{
  DlmDataKind kind = DLM_DATA_NUMBERS;
  g_autofree char *tidy = NULL;

  if (self->updating)
    return;
  dlm_topic_data_field (self->topic, self->key, &kind, NULL);
  tidy = spreadsheet_to_field_text (text, length < 0 ? strlen (text) : (gsize) length,
                                    kind == DLM_DATA_TEXT);
  if (tidy == NULL)
    return;
  g_signal_handlers_block_by_func (editable, on_insert_text, self);
  gtk_editable_insert_text (editable, tidy, -1, position);
  g_signal_handlers_unblock_by_func (editable, on_insert_text, self);
  g_signal_stop_emission_by_name (editable, "insert-text");
}

static void
on_spin_value_changed (DlmParamBinding *self)
{
  /* a new value replaces what was typed and refused */
  g_clear_pointer (&self->refused, g_free);
  if (!self->updating)
    dlm_param_binding_retry (self);
}

/* A typed number outside the spin button's bounds, which GTK would clamp
 * in silence, or text it cannot read, which it would drop in silence, goes
 * to the topic instead: the field's own message says, under the field, why
 * it is refused, and the value stays as it was. */
static int
on_spin_input (GtkSpinButton   *spin,
               double          *new_value,
               DlmParamBinding *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double typed;

  if (dlm_parse_typed_number (text, &typed) &&
      typed >= gtk_adjustment_get_lower (adjustment) &&
      typed <= gtk_adjustment_get_upper (adjustment))
    return FALSE;
  if (!dlm_param_binding_apply (self, text))
    {
      g_free (self->refused);
      self->refused = g_strdup (text);
    }
  *new_value = gtk_adjustment_get_value (adjustment);
  return TRUE;
}

static void
on_action_change_state (GSimpleAction   *action,
                        GVariant        *state,
                        DlmParamBinding *self)
{
  if (!self->updating)
    dlm_param_binding_apply (self, g_variant_get_string (state, NULL));
}

static void dlm_param_binding_offer_files (DlmParamBinding *self);

static DlmParamBinding *
dlm_param_binding_new (DlmTopic   *topic,
                       const char *key,
                       InputKind   kind,
                       GtkWidget  *input,
                       GtkWidget  *row,
                       GtkLabel   *error_label)
{
  DlmParamBinding *self;

  self = g_object_new (DLM_TYPE_PARAM_BINDING, "topic", topic, "key", key, NULL);
  self->kind = kind;
  g_set_weak_pointer (&self->input, input);
  g_set_weak_pointer (&self->row, row);
  g_set_weak_pointer (&self->error_label, error_label);

  if (error_label != NULL)
    gtk_widget_set_visible (error_holder (error_label), FALSE);

  g_signal_connect_object (topic, "changed", G_CALLBACK (on_topic_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

DlmParamBinding *
dlm_param_binding_new_for_editable (DlmTopic    *topic,
                                    const char  *key,
                                    GtkEditable *editable,
                                    GtkWidget   *row,
                                    GtkLabel    *error_label)
{
  DlmParamBinding *self;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = dlm_param_binding_new (topic, key, INPUT_EDITABLE, GTK_WIDGET (editable),
                                row, error_label);
  dlm_param_binding_sync (self);

  g_signal_connect_object (editable, "changed", G_CALLBACK (on_editable_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editable,
                           ADW_IS_ENTRY_ROW (editable) ? "entry-activated" : "activate",
                           G_CALLBACK (dlm_param_binding_retry),
                           self, G_CONNECT_SWAPPED);
  if (dlm_topic_data_field (topic, key, NULL, NULL) && gtk_editable_get_delegate (editable) != NULL)
    g_signal_connect_object (gtk_editable_get_delegate (editable), "insert-text",
                             G_CALLBACK (on_insert_text), self, 0);
  dlm_param_binding_offer_files (self);

  return self;
}

/* The range of a numeric parameter, or FALSE for another kind. */
static gboolean
param_range (GParamSpec *pspec,
             double     *lower,
             double     *upper)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      *lower = G_PARAM_SPEC_INT (pspec)->minimum;
      *upper = G_PARAM_SPEC_INT (pspec)->maximum;
    }
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    {
      *lower = G_PARAM_SPEC_UINT (pspec)->minimum;
      *upper = G_PARAM_SPEC_UINT (pspec)->maximum;
    }
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    {
      *lower = G_PARAM_SPEC_DOUBLE (pspec)->minimum;
      *upper = G_PARAM_SPEC_DOUBLE (pspec)->maximum;
    }
  else
    return FALSE;
  return TRUE;
}

/* The spin button reaches what the parameter accepts, no more and no
 * less: its bounds are the parameter's own, wherever the template put
 * them. (A panel may narrow them afterwards, as a limit shared with
 * another field moves.) */
static void
take_param_range (DlmTopic      *topic,
                  const char    *key,
                  GtkSpinButton *spin)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), key);
  double lower, upper;

  if (pspec != NULL && param_range (pspec, &lower, &upper))
    gtk_spin_button_set_range (spin, lower, upper);
}

DlmParamBinding *
dlm_param_binding_new_for_spin_button (DlmTopic      *topic,
                                       const char    *key,
                                       GtkSpinButton *spin,
                                       GtkWidget     *row,
                                       GtkLabel      *error_label)
{
  DlmParamBinding *self;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  take_param_range (topic, key, spin);
  self = dlm_param_binding_new (topic, key, INPUT_SPIN_BUTTON, GTK_WIDGET (spin),
                                row, error_label);
  dlm_param_binding_sync (self);

  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_spin_value_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (spin, "input", G_CALLBACK (on_spin_input), self, 0);

  return self;
}

DlmParamBinding *
dlm_param_binding_new_for_action (DlmTopic   *topic,
                                  const char *key,
                                  GtkLabel   *error_label)
{
  DlmParamBinding *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  self = dlm_param_binding_new (topic, key, INPUT_ACTION, NULL, NULL, error_label);
  text = dlm_topic_get_param_text (topic, key);
  self->action = g_simple_action_new_stateful (key, G_VARIANT_TYPE_STRING,
                                               g_variant_new_string (text ? text : ""));
  g_signal_connect_object (self->action, "change-state",
                           G_CALLBACK (on_action_change_state), self, 0);
  dlm_param_binding_sync (self);

  return self;
}

/* ---- data from a file ---------------------------------------------------- */

/* One file read for the field: what to read, and whether a column of it
 * was picked already (then a refusal is final, no column is asked for). */
typedef struct
{
  char        *path;
  char        *spec;
  DlmDataKind  kind;
  gsize        max_values;
  gboolean     picked;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_free (job->path);
  g_free (job->spec);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  LoadJob *job = data;
  GError *error = NULL;
  DlmData *loaded = dlm_data_load (job->spec, job->kind, job->max_values, &error);

  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) dlm_data_free);
}

static void
dlm_param_binding_set_loading (DlmParamBinding *self,
                               gboolean         loading)
{
  self->loading = loading;
  if (self->row != NULL)
    gtk_widget_set_sensitive (self->row, !loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The field's name as its row shows it ("Logits z"), else its key. */
static const char *
dlm_param_binding_get_title (DlmParamBinding *self)
{
  if (self->row != NULL && ADW_IS_PREFERENCES_ROW (self->row))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->row));
  return self->key;
}

/* The file as the chooser showed it, without its folder: “data.csv”. */
static char *
quoted_file_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_strdup_printf ("“%s”", base);
}

static void
dlm_param_binding_toast (DlmParamBinding *self,
                         const DlmData   *data,
                         const char      *path)
{
  gsize n = data->rows * data->cols;
  g_autofree char *name = quoted_file_name (path);
  g_autofree char *message = NULL;
  GtkWidget *overlay;

  if (self->input == NULL ||
      (overlay = gtk_widget_get_ancestor (self->input, ADW_TYPE_TOAST_OVERLAY)) == NULL)
    return;
  if (data->kind == DLM_DATA_TEXT)
    /* TRANSLATORS: "Loaded 3 labels from “classes.txt”" */
    message = g_strdup_printf (ngettext ("Loaded %lu label from %s", "Loaded %lu labels from %s", n),
                               (gulong) n, name);
  else
    /* TRANSLATORS: "Loaded 1000 numbers from “data.csv”" */
    message = g_strdup_printf (ngettext ("Loaded %lu number from %s", "Loaded %lu numbers from %s", n),
                               (gulong) n, name);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void dlm_param_binding_start_load (DlmParamBinding *self,
                                          LoadJob         *job);

static void
on_column_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DlmParamBinding  *self)
{
  GtkDropDown *columns = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  LoadJob *job = g_object_get_data (G_OBJECT (dialog), "job");
  LoadJob *pick;

  if (g_strcmp0 (response, "load") != 0)
    {
      dlm_param_binding_show_error (self, g_object_get_data (G_OBJECT (dialog), "refusal"));
      return;
    }
  pick = g_new0 (LoadJob, 1);
  pick->path = g_strdup (job->path);
  pick->spec = g_strdup_printf ("%s#col=%u", job->path, gtk_drop_down_get_selected (columns));
  pick->kind = job->kind;
  pick->max_values = job->max_values;
  pick->picked = TRUE;
  dlm_param_binding_start_load (self, pick);
}

/* A table of several columns for a field that takes one list: which
 * column? By its name in the header where there is one, and numbered as
 * a spreadsheet shows them, from 1. */
static void
dlm_param_binding_ask_column (DlmParamBinding *self,
                              LoadJob         *job,
                              const DlmData   *data,
                              const char      *refusal)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  GtkWidget *columns;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  g_autofree char *name = quoted_file_name (job->path);

  for (gsize i = 0; i < data->cols; i++)
    {
      g_autofree char *column = NULL;

      if (data->column_names != NULL && data->column_names[i] != NULL)
        /* TRANSLATORS: a table's column by its header name, "height (column 2)" */
        column = g_strdup_printf (_("%s (column %lu)"), data->column_names[i], (gulong) i + 1);
      else
        column = g_strdup_printf (_("Column %lu"), (gulong) i + 1);

      g_strv_builder_add (builder, column);
    }
  names = g_strv_builder_end (builder);
  columns = gtk_drop_down_new_from_strings ((const char *const *) names);
  gtk_accessible_update_property (GTK_ACCESSIBLE (columns), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column"), -1);

  /* TRANSLATORS: "“data.csv” has 3 columns of numbers; Logits z takes one of them." */
  body = g_strdup_printf (_("%s has %lu columns of numbers; %s takes one of them."),
                          name, (gulong) data->cols, dlm_param_binding_get_title (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (self->input)),
                                                       _("Which Column?"), body));
  adw_message_dialog_set_extra_child (dialog, columns);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "load", _("_Load"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "load", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "load");
  g_object_set_data_full (G_OBJECT (dialog), "job", job, load_job_free);
  g_object_set_data_full (G_OBJECT (dialog), "refusal", g_strdup (refusal), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_column_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file's values go to the topic as typed text would, so its checks,
 * limits apply, and restoring the defaults restores the field; a refusal
 * names the file. Returns whether @job
 * went to a question (which then owns it). */
static gboolean
dlm_param_binding_take_data (DlmParamBinding *self,
                             LoadJob         *job,
                             const DlmData   *data)
{
  g_autofree char *text = dlm_data_to_text (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  self->updating = TRUE;
  ok = dlm_topic_set_param (self->topic, self->key, text, &error);
  self->updating = FALSE;
  if (ok)
    {
      dlm_param_binding_sync (self);
      dlm_param_binding_toast (self, data, job->path);
      return FALSE;
    }
  message = g_strdup_printf ("%s: %s", data->source, error->message);
  if (!job->picked && data->kind == DLM_DATA_NUMBERS && data->rows > 1 && data->cols > 1 &&
      self->input != NULL && GTK_IS_WINDOW (gtk_widget_get_root (self->input)))
    {
      dlm_param_binding_ask_column (self, job, data, message);
      return TRUE;
    }
  dlm_param_binding_show_error (self, message);
  return FALSE;
}

static void
on_data_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DlmParamBinding *self = DLM_PARAM_BINDING (source);
  LoadJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmData) data = g_task_propagate_pointer (G_TASK (result), &error);

  dlm_param_binding_set_loading (self, FALSE);
  if (data == NULL)
    dlm_param_binding_show_error (self, error->message);
  else if (dlm_param_binding_take_data (self, job, data))
    return;
  load_job_free (job);
}

static void
dlm_param_binding_start_load (DlmParamBinding *self,
                              LoadJob         *job)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_data_loaded, job);
  LoadJob *copy = g_new0 (LoadJob, 1);

  /* the thread reads its own copy; the callback keeps @job */
  copy->spec = g_strdup (job->spec);
  copy->kind = job->kind;
  copy->max_values = job->max_values;
  g_task_set_source_tag (task, dlm_param_binding_start_load);
  g_task_set_task_data (task, copy, load_job_free);
  dlm_param_binding_set_loading (self, TRUE);
  g_task_run_in_thread (task, load_in_thread);
}

gboolean
dlm_param_binding_takes_file (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), FALSE);

  return self->kind == INPUT_EDITABLE && dlm_topic_data_field (self->topic, self->key, NULL, NULL);
}

/* Reads @file off the main thread (the field is insensitive meanwhile),
 * then shows its values in the field and applies them; a file the field
 * refuses leaves the field as it was and says why under it. */
void
dlm_param_binding_load_file (DlmParamBinding *self,
                             GFile           *file)
{
  LoadJob *job;

  g_return_if_fail (DLM_IS_PARAM_BINDING (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (dlm_param_binding_takes_file (self));

  if (self->loading)
    return;
  job = g_new0 (LoadJob, 1);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("“%s” is not a file on this computer; accepted: a local file"), name);

      dlm_param_binding_show_error (self, message);
      load_job_free (job);
      return;
    }
  dlm_topic_data_field (self->topic, self->key, &job->kind, &job->max_values);
  /* a name that holds "#col=" itself must not read as a column pick */
  job->spec = strstr (job->path, "#col=") ? g_strconcat (job->path, "#col=", NULL) : g_strdup (job->path);
  dlm_param_binding_start_load (self, job);
}

gboolean
dlm_param_binding_is_loading (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), FALSE);

  return self->loading;
}

static void
on_chooser_response (GtkNativeDialog *native,
                     int              response,
                     DlmParamBinding *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        dlm_param_binding_load_file (self, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_auto(GStrv) each = g_strsplit (patterns, " ", -1);

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; each[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, each[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
dlm_param_binding_choose_file (DlmParamBinding *self)
{
  GtkFileChooserNative *native;
  g_autofree char *title = g_strdup_printf (_("Open Data for %s"), dlm_param_binding_get_title (self));

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (self->input)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Tables (CSV, TSV, text)"), "*.csv *.tsv *.txt *.dat *.CSV *.TSV *.TXT");
  add_filter (GTK_FILE_CHOOSER (native), _("NumPy arrays (.npy)"), "*.npy *.NPY");
  add_filter (GTK_FILE_CHOOSER (native), _("All files"), "*");
  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
on_file_dropped (GtkDropTarget   *target,
                 const GValue    *value,
                 double           x,
                 double           y,
                 DlmParamBinding *self)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL || self->loading)
    return FALSE;
  dlm_param_binding_load_file (self, file);
  return TRUE;
}

/* A file dropped onto @widget loads into this field. */
void
dlm_param_binding_accept_drops (DlmParamBinding *self,
                                GtkWidget       *widget)
{
  GtkDropTarget *target;

  g_return_if_fail (DLM_IS_PARAM_BINDING (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  /* before the entry's own target, which would take the file's name as text */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (target), GTK_PHASE_CAPTURE);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_file_dropped), self, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

/* The "Open data…" button at the end of a field's row, and drops. */
static void
dlm_param_binding_offer_files (DlmParamBinding *self)
{
  GtkWidget *button;
  g_autofree char *label = NULL;

  if (!dlm_param_binding_takes_file (self) || !ADW_IS_ENTRY_ROW (self->input))
    return;
  /* TRANSLATORS: the button beside a field, "Open data for Logits z…" */
  label = g_strdup_printf (_("Open data for %s…"), dlm_param_binding_get_title (self));
  button = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (dlm_param_binding_choose_file),
                           self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->input), button);
  dlm_param_binding_accept_drops (self, self->input);
}

DlmTopic *
dlm_param_binding_get_topic (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->topic;
}

const char *
dlm_param_binding_get_key (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->key;
}

/* The editable or spin button; NULL for a choice (see the action). */
GtkWidget *
dlm_param_binding_get_input (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->input;
}

GAction *
dlm_param_binding_get_action (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return G_ACTION (self->action);
}

const char *
dlm_param_binding_get_error (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->error;
}

static void
dlm_param_binding_dispose (GObject *object)
{
  DlmParamBinding *self = (DlmParamBinding *)object;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_weak_pointer (&self->input);
  g_clear_weak_pointer (&self->row);
  g_clear_weak_pointer (&self->error_label);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (dlm_param_binding_parent_class)->dispose (object);
}

static void
dlm_param_binding_finalize (GObject *object)
{
  DlmParamBinding *self = (DlmParamBinding *)object;

  g_clear_object (&self->topic);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->synced_text, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->refused, g_free);

  G_OBJECT_CLASS (dlm_param_binding_parent_class)->finalize (object);
}

static void
dlm_param_binding_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmParamBinding *self = DLM_PARAM_BINDING (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_param_binding_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmParamBinding *self = DLM_PARAM_BINDING (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_dup_object (value);
      break;

    case PROP_KEY:
      self->key = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_param_binding_class_init (DlmParamBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dlm_param_binding_dispose;
  object_class->finalize = dlm_param_binding_finalize;
  object_class->get_property = dlm_param_binding_get_property;
  object_class->set_property = dlm_param_binding_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_param_binding_init (DlmParamBinding *self)
{
}
