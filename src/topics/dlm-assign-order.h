/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which of a topic's parameters was assigned most recently. When two
 * fields disagree (n × repeats too large, xmin not below xmax), check_state
 * names the one the user just set and quotes the other with its value,
 * rather than blame a field the user never touched. A topic keeps one in
 * its instance and notes every property its set_property is given. */
#define DLM_ASSIGN_ORDER_MAX_PROPS 32

typedef struct {
  guint serial;
  guint at[DLM_ASSIGN_ORDER_MAX_PROPS];
} DlmAssignOrder;

static inline void
dlm_assign_order_note (DlmAssignOrder *order,
                       guint           prop_id)
{
  g_assert (prop_id < DLM_ASSIGN_ORDER_MAX_PROPS);
  order->at[prop_id] = ++order->serial;
}

/* Whether @prop_id was assigned after @other (never assigned counts as
 * earliest, so a field the user set wins over one left at its default). */
static inline gboolean
dlm_assign_order_later (const DlmAssignOrder *order,
                        guint                 prop_id,
                        guint                 other)
{
  g_assert (prop_id < DLM_ASSIGN_ORDER_MAX_PROPS && other < DLM_ASSIGN_ORDER_MAX_PROPS);
  return order->at[prop_id] > order->at[other];
}

G_END_DECLS
