/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dlm-export.h"
#include "dlm-plot.h"
#include "dlm-theme.h"

G_BEGIN_DECLS

#define DLM_TYPE_TOPIC (dlm_topic_get_type ())

/* The seed a topic starts with: the CLI without --seed and the app's
 * "seed" setting (its schema default, checked by the UI tests) agree. */
#define DLM_DEFAULT_SEED 42

G_DECLARE_DERIVABLE_TYPE (DlmTopic, dlm_topic, DLM, TOPIC, GObject)

/* What the pointer is over, in the coordinates of the last render. */
typedef struct {
  double  x, y;              /* marker position in px */
  char   *text;              /* "x = 1.5, eˣ = 4.48" */
} DlmProbe;

/* How far a long computation has got, 0 to 1; returns FALSE to stop it. */
typedef gboolean (*DlmTopicProgress) (double   fraction,
                                      gpointer user_data);

/* The phases of a pointer drag on the plot; see DlmTopicClass.drag. */
typedef enum {
  DLM_DRAG_BEGIN,
  DLM_DRAG_UPDATE,
  DLM_DRAG_END,
} DlmDragPhase;

/* The current view's animation (DlmTopicClass.get_animation): the
 * parameter the window's timeline moves, from 0 to @end, and how long the
 * window plays it at normal speed (1×). Frame k of an exported animation
 * sets that parameter, see dlm-animation.h. */
typedef struct {
  const char *param;         /* "step" or "progress"; static */
  double      end;           /* the parameter at the last frame (> 0) */
  double      seconds;       /* the natural length at normal speed (> 0) */
  gboolean    discrete;      /* whole steps only (step), else continuous */
} DlmAnimation;

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
  /* The name of the enum parameter whose values are the topic's views,
   * shown one after another as slides in presentation mode; see
   * dlm_topic_list_slides(). */
  const char *slides_param;
  /* TRUE for topics that draw random numbers with dlm_topic_get_seed():
   * the app shows its seed control only with them. */
  gboolean    uses_seed;

  /* Optional, for a topic with uses_seed of which only some states draw
   * random numbers (one view of several, a random start among fixed
   * patterns): whether the seed changes what it shows now. NULL: always. */
  gboolean  (*seed_matters)  (DlmTopic    *self);
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
  /* A keyboard cursor through the plotted data, optional (both set, or
   * neither). count_points returns how many data points the last render
   * shows (0: none), ordered row by row, and sets *row_length to the
   * number of points in one row or series (0 or the count when there is
   * one row), so Up/Down can move by a whole row. get_point fills @point
   * for @index < count like probe does (position in the coordinates of the
   * last render) with its value in words, e.g. "z3: logit 3, probability
   * 0.665"; dlm_topic_get_point() adds where the point is in the list. */
  guint     (*count_points)  (DlmTopic    *self,
                              guint       *row_length);
  gboolean  (*get_point)     (DlmTopic    *self,
                              guint        index,
                              DlmProbe    *point);
  /* Direct manipulation, optional (NULL: nothing on the plot can be
   * dragged). The plot view calls it with the pointer position in the
   * coordinates of the last render. At DLM_DRAG_BEGIN return TRUE to take
   * the drag (the press is on something draggable, e.g. a data point) and
   * remember what was pressed; at DLM_DRAG_UPDATE and DLM_DRAG_END set
   * *assignments to the parameter changes the new position means, as
   * "key=value" strings (NULL for no change). dlm_topic_drag() applies them
   * with dlm_topic_apply(), so they are checked like any other input. */
  gboolean  (*drag)          (DlmTopic     *self,
                              DlmDragPhase  phase,
                              double        x,
                              double        y,
                              GStrv        *assignments);
  /* Heavy work behind the figure, optional (all four set, or none); see
   * dlm_topic_compute(). compute_prepare, on the topic's thread, returns a
   * self-contained job (a copy of the parameters and seed the work needs)
   * or NULL when the result the topic holds, or is already computing, is
   * current. compute_run does the work on any thread, touching only the
   * job; it calls @progress now and then and stops early, returning FALSE,
   * when that returns FALSE. compute_finish, on the topic's thread, takes
   * the result out of the job (@completed) or notes that the work was
   * stopped; compute_free frees a job. */
  gpointer  (*compute_prepare) (DlmTopic         *self);
  gboolean  (*compute_run)     (gpointer          job,
                                DlmTopicProgress  progress,
                                gpointer          progress_data);
  void      (*compute_finish)  (DlmTopic         *self,
                                gpointer          job,
                                gboolean          completed);
  GDestroyNotify compute_free;
  /* The code behind the figure, optional: a Python script (see
   * dlm-code.h; start it with dlm_code_begin()) that computes, from the
   * topic's current parameters and seed, the numbers the figure shows and
   * prints the topic's --summary lines with the same keys and values
   * (exact for integers and seeded streams). A number the code cannot
   * reproduce is said so in a comment, never printed differently. */
  void      (*write_code)      (DlmTopic         *self,
                                GString          *out);
  /* Optional, with write_code: matplotlib code that redraws the figure's
   * main panel from the variables write_code's script leaves defined
   * (the exported notebook's last cell). It imports what it uses. */
  void      (*write_plot_code) (DlmTopic         *self,
                                GString          *out);
  /* Optional: fills @animation and returns TRUE when the current view
   * animates (the window shows its timeline), FALSE otherwise (NULL:
   * no view animates). The numbers live here only: the panel's timeline
   * takes its length and rate (end / seconds) from them. */
  gboolean  (*get_animation)   (DlmTopic         *self,
                                DlmAnimation     *animation);
};

const char   *dlm_topic_get_id          (DlmTopic        *self);
const char   *dlm_topic_get_title       (DlmTopic        *self);
guint         dlm_topic_get_seed        (DlmTopic        *self);
gboolean      dlm_topic_uses_seed       (DlmTopic        *self);
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
GStrv         dlm_topic_list_slides     (DlmTopic        *self);
gboolean      dlm_topic_get_animation   (DlmTopic        *self,
                                         DlmAnimation    *animation);
void          dlm_topic_render          (DlmTopic        *self,
                                         cairo_t         *cr,
                                         const DlmTheme  *theme,
                                         double           width,
                                         double           height);
/* A topic's figure in a theme, for dlm_export_to_bytes() and the like:
 * dlm_topic_figure_draw() is a DlmDrawFunc whose data is a DlmTopicFigure. */
typedef struct {
  DlmTopic *topic;
  DlmTheme  theme;
} DlmTopicFigure;

void          dlm_topic_figure_draw     (cairo_t         *cr,
                                         double           width,
                                         double           height,
                                         gpointer         figure);
char         *dlm_topic_to_csv          (DlmTopic        *self);
char         *dlm_topic_to_summary      (DlmTopic        *self);
gboolean      dlm_topic_has_code        (DlmTopic        *self);
char         *dlm_topic_to_code         (DlmTopic        *self);
char         *dlm_topic_to_plot_code    (DlmTopic        *self);
GBytes       *dlm_topic_export_text     (DlmTopic        *self,
                                         DlmFormat        format,
                                         GError         **error);
char         *dlm_topic_describe        (DlmTopic        *self);
char         *dlm_topic_get_formula     (DlmTopic        *self);
char         *dlm_topic_get_explanation (DlmTopic        *self);
gboolean      dlm_topic_probe           (DlmTopic        *self,
                                         double           x,
                                         double           y,
                                         DlmProbe        *probe);
guint         dlm_topic_count_points    (DlmTopic        *self,
                                         guint           *row_length);
gboolean      dlm_topic_get_point       (DlmTopic        *self,
                                         guint            index,
                                         DlmProbe        *point);
/* Points on a curve: the cursor visits it every 1/100th of the x axis. */
#define DLM_TOPIC_CURVE_SAMPLES 101
gboolean      dlm_topic_probe_along     (DlmTopic        *self,
                                         const DlmAxesGeometry *geometry,
                                         guint            k,
                                         guint            n,
                                         DlmProbe        *point);
/* For subclasses' set_property: stores @value (a double, or an int,
 * boolean or enum in an int field) in @field; returns whether it changed.
 * dlm_topic_set_field also notifies @pspec when it did. */
gboolean      dlm_topic_store_value     (DlmTopic        *self,
                                         gpointer         field,
                                         const GValue    *value);
void          dlm_topic_set_field       (DlmTopic        *self,
                                         GParamSpec      *pspec,
                                         gpointer         field,
                                         const GValue    *value);
gboolean      dlm_topic_drag            (DlmTopic        *self,
                                         DlmDragPhase     phase,
                                         double           x,
                                         double           y,
                                         GError         **error);
/* Heavy work (topics with compute vfuncs). By default a topic computes,
 * on the caller's thread, when it is drawn, written or described (the
 * command line, tests). In the background mode (the window), every change
 * starts the work on a worker thread instead, cancelling older work; the
 * topic keeps drawing its last result until the new one is there, then
 * emits "changed". The read-only properties "computing" and "compute-progress"
 * follow the work. */
void          dlm_topic_compute         (DlmTopic        *self);
gboolean      dlm_topic_can_compute     (DlmTopic        *self);
void          dlm_topic_set_compute_in_background (DlmTopic *self,
                                         gboolean         background);
/* The window's mode, in which a topic may also draw a frame onto what it
 * drew for the last one (the Lorenz trail adds the new points); otherwise
 * every render draws afresh, so that an exported frame is the still. */
gboolean      dlm_topic_get_compute_in_background (DlmTopic *self);
gboolean      dlm_topic_get_computing   (DlmTopic        *self);
double        dlm_topic_get_progress    (DlmTopic        *self);
void          dlm_topic_cancel_compute  (DlmTopic        *self);
void          dlm_probe_clear           (DlmProbe        *probe);
void          dlm_param_info_free       (DlmParamInfo    *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmParamInfo, dlm_param_info_free)

G_END_DECLS
