/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dlm-plot.h"
#include "dlm-theme.h"

G_BEGIN_DECLS

#define DLM_TYPE_TOPIC (dlm_topic_get_type ())

G_DECLARE_DERIVABLE_TYPE (DlmTopic, dlm_topic, DLM, TOPIC, GObject)

/* What the pointer is over, in the coordinates of the last render. */
typedef struct {
  double  x, y;              /* marker position in px */
  char   *text;              /* "x = 1.5, eˣ = 4.48" */
} DlmProbe;

typedef struct {
  char *name;
  char *type;                /* number | integer | choice | boolean | text */
  char *default_value;
  char *accepted;            /* human-readable, e.g. "0.05 to 100" or "e|2|10" */
} DlmParamInfo;

struct _DlmTopicClass
{
  GObjectClass parent_class;

  const char *id;            /* "softmax": the CLI's --topic and the sidebar key */
  const char *title;         /* untranslated; N_() marked */

  /* Checks text for a string parameter before it is stored. */
  gboolean  (*check_text)    (DlmTopic    *self,
                              GParamSpec  *pspec,
                              const char  *text,
                              GError     **error);
  /* Checks the whole state after a set of assignments (e.g. xmin < xmax). */
  gboolean  (*check_state)   (DlmTopic    *self,
                              GError     **error);
  void      (*render)        (DlmTopic       *self,
                              cairo_t        *cr,
                              const DlmTheme *theme,
                              double          width,
                              double          height);
  void      (*write_csv)     (DlmTopic    *self,
                              GString     *out);
  void      (*write_summary) (DlmTopic    *self,
                              GString     *out);
  /* Plain text, for screen readers: what the plot shows, with its numbers. */
  char     *(*describe)      (DlmTopic    *self);
  /* Pango markup (<sub>, <sup>, entities): the key formula, and 2–4
   * sentences explaining it. */
  char     *(*formula)       (DlmTopic    *self);
  char     *(*explanation)   (DlmTopic    *self);
  gboolean  (*probe)         (DlmTopic    *self,
                              double       x,
                              double       y,
                              DlmProbe    *probe);
};

const char   *dlm_topic_get_id          (DlmTopic        *self);
const char   *dlm_topic_get_title       (DlmTopic        *self);
guint         dlm_topic_get_seed        (DlmTopic        *self);
void          dlm_topic_set_seed        (DlmTopic        *self,
                                         guint            seed);
gboolean      dlm_topic_set_param       (DlmTopic        *self,
                                         const char      *key,
                                         const char      *text,
                                         GError         **error);
gboolean      dlm_topic_apply           (DlmTopic        *self,
                                         const char *const *assignments,
                                         GError         **error);
GPtrArray    *dlm_topic_list_params     (DlmTopic        *self);
char         *dlm_topic_get_param_text  (DlmTopic        *self,
                                         const char      *key);
void          dlm_topic_render          (DlmTopic        *self,
                                         cairo_t         *cr,
                                         const DlmTheme  *theme,
                                         double           width,
                                         double           height);
char         *dlm_topic_to_csv          (DlmTopic        *self);
char         *dlm_topic_to_summary      (DlmTopic        *self);
char         *dlm_topic_describe        (DlmTopic        *self);
char         *dlm_topic_get_formula     (DlmTopic        *self);
char         *dlm_topic_get_explanation (DlmTopic        *self);
gboolean      dlm_topic_probe           (DlmTopic        *self,
                                         double           x,
                                         double           y,
                                         DlmProbe        *probe);
void          dlm_probe_clear           (DlmProbe        *probe);
void          dlm_param_info_free       (DlmParamInfo    *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmParamInfo, dlm_param_info_free)

G_END_DECLS
