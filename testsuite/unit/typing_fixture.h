// What the unit tests of the typing layer share: a printed type, and a
// TypeStore, Env, Ctype and TypePrinter copied from the prelude.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "support/format.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/prelude.h"
#include "typing/printtyp.h"
#include "typing/types.h"

namespace mlhint::typing {

inline std::string Print(const OutType& t) {
  std::string out;
  {
    fmt::Formatter ppf(out);
    PrintOutType(ppf, t);
    ppf.print_flush();
  }
  return out;
}

// A TypeStore, Env, Ctype and TypePrinter copied from the prelude, as the
// Typer makes them.
class TypingFixture : public ::testing::Test {
 protected:
  TypingFixture()
      : prelude_(Prelude::Get()),
        store_(prelude_.store()),
        env_(prelude_.env()),
        ct_(store_, env_),
        printer_(ct_) {}

  void SetUp() override {
    ASSERT_TRUE(prelude_.error().empty()) << prelude_.error();
    ASSERT_NE(env_.predef.int_, kNone);
    ASSERT_NE(env_.predef.list_, kNone);
  }

  TypeId Int() { return ct_.Predef(env_.predef.int_); }
  TypeId Float() { return ct_.Predef(env_.predef.float_); }
  TypeId Bool() { return ct_.Predef(env_.predef.bool_); }
  TypeId List(TypeId t) { return ct_.NewConstr(env_.predef.list_, {t}); }
  std::string Show(TypeId t) { return Print(printer_.TreeFresh(t)); }
  std::string ShowScheme(TypeId t) { return Print(printer_.SchemeTree(t)); }

  // The representatives of the variables of a type, in depth-first order.
  std::vector<TypeId> Vars(TypeId t) {
    std::vector<TypeId> out;
    std::unordered_set<TypeId> seen;
    std::vector<TypeId> work{t};
    while (!work.empty()) {
      TypeId x = store_.Repr(work.back());
      work.pop_back();
      if (!seen.insert(x).second) continue;
      if (store_.IsVar(x)) out.push_back(x);
      for (uint32_t i = store_.child_count(x); i-- > 0;) work.push_back(store_.child(x, i));
    }
    return out;
  }

  const Prelude& prelude_;
  TypeStore store_;
  Env env_;
  Ctype ct_;
  TypePrinter printer_;
};

}  // namespace mlhint::typing
