// Unit tests of the typing layer's internals (issue 3): the TypeStore's
// snapshots, Ctype's unification, occurs check, generalisation and
// instances, the TypePrinter's naming of variables, the Env's scoped names,
// and the Typer's item-by-item checks used by the language server.
//
// Every expected signature or message text in the tests that go through the
// checker (TypingSignatureTest.*) was produced by
// OCaml 4.13.1's `ocamlc -i` on the same program, and is copied here
// verbatim (trailing spaces included).

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "diagnostics/render.h"
#include "driver/check.h"
#include "parser/parse.h"
#include "support/format.h"
#include "support/source.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/prelude.h"
#include "typing/printtyp.h"
#include "typing/typer.h"
#include "typing/types.h"

namespace mlhint::typing {
namespace {

std::string Print(const OutType& t) {
  std::string out;
  {
    fmt::Formatter ppf(out);
    PrintOutType(ppf, t);
    ppf.print_flush();
  }
  return out;
}

// The nodes of a node, compared field by field (the traversal mark aside,
// which is not part of a node's state).
void ExpectSameNode(const TypeNode& got, const TypeNode& want) {
  EXPECT_EQ(got.tag, want.tag);
  EXPECT_EQ(got.flags, want.flags);
  EXPECT_EQ(got.ground, want.ground);
  EXPECT_EQ(got.level, want.level);
  EXPECT_EQ(got.a, want.a);
  EXPECT_EQ(got.b, want.b);
  EXPECT_EQ(got.c, want.c);
}

// ============================================================== TypeStore

constexpr DeclId kSomeDecl = 3;  // the TypeStore never looks a DeclId up

TEST(TypingStoreTest, BacktrackRestoresLinksAndLevelsExactly) {
  TypeStore ts;
  TypeId a = ts.NewVar(3);
  TypeId b = ts.NewVar(5, ts.Intern("elt"));
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeId arrow = ts.NewArrow(4, a, b);
  const TypeNode a0 = ts.node(a), b0 = ts.node(b), c0 = ts.node(c), arrow0 = ts.node(arrow);

  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(a, c);
  ts.SetLevel(b, 1);
  ts.SetLevel(arrow, kGenericLevel);
  ts.SetVarName(b, ts.Intern("other"));
  TypeId fresh = ts.NewVar(7);
  ts.Link(b, fresh);
  EXPECT_EQ(ts.Repr(a), c);
  EXPECT_EQ(ts.Repr(b), fresh);
  EXPECT_EQ(ts.tag(b), TypeTag::Link);
  ts.Backtrack(s);

  ExpectSameNode(ts.node(a), a0);
  ExpectSameNode(ts.node(b), b0);
  ExpectSameNode(ts.node(c), c0);
  ExpectSameNode(ts.node(arrow), arrow0);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.Name(ts.var_name(b)), "elt");
}

TEST(TypingStoreTest, CommitKeepsTheChangesAndALaterBacktrackDoesNotUndoThem) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(a, c);
  ts.SetLevel(b, 1);
  ts.Commit(s);
  EXPECT_EQ(ts.Repr(a), c);
  EXPECT_EQ(ts.level(b), 1);

  TypeStore::Snapshot s2 = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.Backtrack(s2);
  EXPECT_EQ(ts.Repr(a), c);  // committed before s2: stays
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(b), 1);
}

TEST(TypingStoreTest, NestedSnapshotsBacktrackInnerThenOuter) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3), d = ts.NewVar(6);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot outer = ts.TakeSnapshot();
  ts.Link(a, c);
  // Made between the snapshots: new to the outer one, old to the inner one.
  TypeId m = ts.NewVar(4);
  TypeStore::Snapshot inner = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.SetLevel(d, 2);
  ts.Link(m, c);
  ts.Backtrack(inner);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(d), 6);
  EXPECT_EQ(ts.Repr(m), m)
      << "a node made between the snapshots is restored by the inner backtrack";
  EXPECT_EQ(ts.level(m), 4);
  EXPECT_EQ(ts.Repr(a), c) << "the inner backtrack keeps the outer snapshot's changes";
  ts.Backtrack(outer);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.tag(a), TypeTag::Var);
}

TEST(TypingStoreTest, InnerCommitThenOuterBacktrackUndoesBoth) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot outer = ts.TakeSnapshot();
  ts.Link(a, c);
  TypeStore::Snapshot inner = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.SetLevel(c, 1);
  ts.Commit(inner);
  EXPECT_EQ(ts.Repr(b), c);
  ts.Backtrack(outer);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(c), 2);
}

// A chain made before a snapshot, extended inside it: following it must not
// compress the old link past the variable the backtrack restores.
TEST(TypingStoreTest, PathCompressionInsideASnapshotSurvivesBacktrack) {
  TypeStore ts;
  TypeId a = ts.NewVar(1), b = ts.NewVar(1), c = ts.NewVar(1);
  ts.Link(a, b);
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(b, c);
  EXPECT_EQ(ts.Repr(a), c);
  ts.Backtrack(s);
  EXPECT_EQ(ts.Repr(a), b);
  EXPECT_EQ(ts.Repr(c), c);
}

TEST(TypingStoreTest, LinkMovesTheUsersNameAndBacktrackTakesItBack) {
  TypeStore ts;
  TypeId named = ts.NewVar(1, ts.Intern("elt"));
  TypeId anon = ts.NewVar(2);
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(named, anon);
  ASSERT_NE(ts.var_name(anon), kNoName);
  EXPECT_EQ(ts.Name(ts.var_name(anon)), "elt");
  ts.Backtrack(s);
  EXPECT_EQ(ts.var_name(anon), kNoName);
  EXPECT_EQ(ts.tag(named), TypeTag::Var);
}

TEST(TypingStoreTest, GroundFlag) {
  TypeStore ts;
  TypeId v = ts.NewVar(1);
  TypeId i = ts.NewConstr(1, kSomeDecl, {});
  EXPECT_TRUE(ts.IsGround(i));
  EXPECT_FALSE(ts.IsGround(v));
  EXPECT_FALSE(ts.IsGround(ts.NewArrow(1, v, i)));
  EXPECT_FALSE(ts.IsGround(ts.NewTuple(1, {i, v})));
  EXPECT_TRUE(ts.IsGround(ts.NewTuple(1, {i, i})));
  ts.Link(v, i);
  EXPECT_TRUE(ts.IsGround(ts.NewArrow(1, v, i))) << "children are seen through links";
}

// ============================================================== fixture

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

// ============================================================== Ctype

using TypingCtypeTest = TypingFixture;

TEST_F(TypingCtypeTest, UnifyingIntWithAVariableBindsIt) {
  TypeId v = ct_.NewVar();
  TypeId i = Int();
  EXPECT_FALSE(ct_.Unify(v, i).has_value());
  EXPECT_EQ(store_.tag(store_.Repr(v)), TypeTag::Constr);
  EXPECT_EQ(store_.constr_decl(store_.Repr(v)), env_.predef.int_);
  EXPECT_EQ(Show(v), "int");

  TypeId w = ct_.NewVar();
  EXPECT_FALSE(ct_.Unify(Int(), w).has_value()) << "either side";
  EXPECT_TRUE(ct_.IsConstr(w, env_.predef.int_));
}

TEST_F(TypingCtypeTest, UnifyingTwoVariablesMakesThemOne) {
  TypeId v = ct_.NewVar(), w = ct_.NewVar();
  EXPECT_FALSE(ct_.Unify(v, w).has_value());
  EXPECT_EQ(store_.Repr(v), store_.Repr(w));
  EXPECT_FALSE(ct_.Unify(w, Float()).has_value());
  EXPECT_EQ(Show(v), "float");
}

TEST_F(TypingCtypeTest, IntAgainstFloatFailsWithATraceNamingBoth) {
  TypeId i = Int(), f = Float();
  std::optional<Trace> trace = ct_.Unify(i, f);
  ASSERT_TRUE(trace.has_value());
  ASSERT_EQ(trace->size(), 1u);
  EXPECT_EQ((*trace)[0].kind, TraceElement::Kind::Diff);
  EXPECT_EQ(Show((*trace)[0].got), "int");
  EXPECT_EQ(Show((*trace)[0].expected), "float");
  EXPECT_EQ(Show((*trace)[0].got_expanded), "int");
  EXPECT_EQ(Show((*trace)[0].expected_expanded), "float");
  EXPECT_FALSE(ct_.Unifiable(Int(), Float()));
  EXPECT_TRUE(ct_.Unifiable(Int(), Int()));
}

TEST_F(TypingCtypeTest, NestedMismatchTraceGoesOutsideIn_TypesLeftIntact) {
  TypeId il = List(Int()), fl = List(Float());
  std::optional<Trace> trace = ct_.Unify(il, fl);
  ASSERT_TRUE(trace.has_value());
  ASSERT_EQ(trace->size(), 2u);
  EXPECT_EQ(Show((*trace)[0].got), "int list");
  EXPECT_EQ(Show((*trace)[0].expected), "float list");
  EXPECT_EQ(Show((*trace)[1].got), "int");
  EXPECT_EQ(Show((*trace)[1].expected), "float");
  // The link made while unifying the arguments is undone (set_desc).
  EXPECT_EQ(Show(il), "int list");
  EXPECT_EQ(Show(fl), "float list");
  EXPECT_NE(store_.Repr(il), store_.Repr(fl));
}

TEST_F(TypingCtypeTest, FailedUnificationKeepsWhatWasBoundBeforeTheClash) {
  // 'a -> int against bool -> float: 'a := bool happens before int/float
  // fails, and OCaml's unify does not undo it.
  TypeId a = ct_.NewVar();
  TypeId t1 = ct_.NewArrow(a, Int());
  std::optional<Trace> trace = ct_.Unify(t1, ct_.NewArrow(Bool(), Float()));
  ASSERT_TRUE(trace.has_value());
  EXPECT_EQ(Show(a), "bool");
  EXPECT_EQ(Show(t1), "bool -> int");
  EXPECT_EQ(Show(trace->back().got), "int");
  EXPECT_EQ(Show(trace->back().expected), "float");

  // int -> 'b against float -> bool: the arguments clash first, 'b stays.
  TypeId b = ct_.NewVar();
  ASSERT_TRUE(ct_.Unify(ct_.NewArrow(Int(), b), ct_.NewArrow(Float(), Bool())).has_value());
  EXPECT_TRUE(store_.IsVar(store_.Repr(b)));
}

TEST_F(TypingCtypeTest, UnifiableLeavesNoTrace) {
  TypeId v = ct_.NewVar();
  EXPECT_TRUE(ct_.Unifiable(v, Int()));
  EXPECT_TRUE(store_.IsVar(store_.Repr(v)));
}

TEST_F(TypingCtypeTest, OccursCheckRefusesACyclicType) {
  TypeId a = ct_.NewVar();
  TypeId la = List(a);
  EXPECT_TRUE(ct_.Occurs(a, la));
  EXPECT_FALSE(ct_.Occurs(a, List(Int())));
  std::optional<Trace> trace = ct_.Unify(a, la);
  ASSERT_TRUE(trace.has_value());
  ASSERT_GE(trace->size(), 2u);
  EXPECT_EQ(trace->front().kind, TraceElement::Kind::Diff);
  EXPECT_EQ(trace->back().kind, TraceElement::Kind::RecOccur);
  EXPECT_EQ(store_.Repr(trace->back().got), store_.Repr(a));
  printer_.ResetNames();
  EXPECT_EQ(Print(printer_.Tree(trace->back().got)), "'a");
  EXPECT_EQ(Print(printer_.Tree(trace->back().expected)), "'a list");
  EXPECT_TRUE(store_.IsVar(store_.Repr(a))) << "the variable stays unbound";

  TypeId b = ct_.NewVar();
  std::optional<Trace> arrow = ct_.Unify(ct_.NewArrow(b, Int()), b);
  ASSERT_TRUE(arrow.has_value());
  EXPECT_EQ(arrow->back().kind, TraceElement::Kind::RecOccur);
  EXPECT_TRUE(store_.IsVar(store_.Repr(b)));
  EXPECT_FALSE(ct_.UnifyVar(ct_.NewVar(), List(Int())).has_value());
  TypeId c = ct_.NewVar();
  ASSERT_TRUE(ct_.UnifyVar(c, List(c)).has_value());
  EXPECT_TRUE(store_.IsVar(store_.Repr(c)));
}

// A level for a block or a function: entered, and left at its end or at
// End(); a type error thrown out of it leaves the level entered, as OCaml's
// unprotected begin_def/end_def do (the item's handler restores the levels).
TEST_F(TypingCtypeTest, DefinitionLevelsOfABlockAndOfAFunction) {
  ASSERT_EQ(ct_.current_level(), 0);
  {
    Ctype::DefScope level(ct_);
    EXPECT_EQ(ct_.current_level(), 1);
    {
      Ctype::DefScope inner(ct_);
      EXPECT_EQ(ct_.current_level(), 2);
      inner.End();
      EXPECT_EQ(ct_.current_level(), 1);
    }
    EXPECT_EQ(ct_.current_level(), 1);
  }
  EXPECT_EQ(ct_.current_level(), 0);
  EXPECT_EQ(ct_.AtNewLevel([&] { return ct_.current_level(); }), 1);
  EXPECT_EQ(ct_.current_level(), 0);
  Ctype::Levels saved = ct_.SaveLevels();
  struct Thrown {};
  EXPECT_THROW(
      {
        Ctype::DefScope level(ct_);
        ct_.AtNewLevel([&] { throw Thrown{}; });
      },
      Thrown);
  EXPECT_EQ(ct_.current_level(), 2);
  ct_.RestoreLevels(saved);
  EXPECT_EQ(ct_.current_level(), 0);
}

TEST_F(TypingCtypeTest, GeneralizeMakesVariablesGenericAndInstancesAreFresh) {
  ASSERT_EQ(ct_.current_level(), 0);
  ct_.BeginDef();
  TypeId v = ct_.NewVar();
  TypeId scheme = ct_.NewArrow(v, ct_.NewTuple({v, List(v)}));
  ct_.EndDef();
  EXPECT_NE(store_.level(store_.Repr(v)), kGenericLevel);
  ct_.Generalize(scheme);
  EXPECT_EQ(store_.level(store_.Repr(v)), kGenericLevel);
  EXPECT_EQ(store_.level(store_.Repr(scheme)), kGenericLevel);
  EXPECT_TRUE(ct_.FreeVariables(scheme).empty());
  EXPECT_EQ(ShowScheme(scheme), "'a -> 'a * 'a list");

  TypeId i1 = ct_.Instance(scheme), i2 = ct_.Instance(scheme);
  std::vector<TypeId> v1 = Vars(i1), v2 = Vars(i2);
  ASSERT_EQ(v1.size(), 1u) << "one variable, shared inside the instance";
  ASSERT_EQ(v2.size(), 1u);
  EXPECT_NE(v1[0], store_.Repr(v));
  EXPECT_NE(v2[0], store_.Repr(v));
  EXPECT_NE(v1[0], v2[0]);
  EXPECT_EQ(store_.level(v1[0]), ct_.current_level());
  EXPECT_EQ(ct_.FreeVariables(i1), v1);

  ASSERT_FALSE(ct_.Unify(store_.arrow_arg(store_.Repr(i1)), Int()).has_value());
  EXPECT_EQ(Show(i1), "int -> int * int list");
  EXPECT_EQ(Show(i2), "'a -> 'a * 'a list");
  EXPECT_EQ(ShowScheme(scheme), "'a -> 'a * 'a list") << "the scheme is untouched";
  EXPECT_EQ(store_.level(store_.Repr(v)), kGenericLevel);
}

TEST_F(TypingCtypeTest, GenericInstanceStaysGenericAndInstanceListShares) {
  ct_.BeginDef();
  TypeId v = ct_.NewVar();
  TypeId s1 = List(v), s2 = ct_.NewArrow(v, Int());
  ct_.EndDef();
  ct_.Generalize(s1);
  ct_.Generalize(s2);

  TypeId g = ct_.GenericInstance(s1);
  std::vector<TypeId> gv = Vars(g);
  ASSERT_EQ(gv.size(), 1u);
  EXPECT_NE(gv[0], store_.Repr(v));
  EXPECT_EQ(store_.level(gv[0]), kGenericLevel);

  std::vector<TypeId> both = ct_.InstanceList({s1, s2});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(Vars(both[0]), Vars(both[1])) << "schemes copied together share their variables";
  std::vector<TypeId> apart = {ct_.Instance(s1), ct_.Instance(s2)};
  EXPECT_NE(Vars(apart[0]), Vars(apart[1]));
}

TEST_F(TypingCtypeTest, AVariableOfAnOuterLevelStaysWeakAndSharedAcrossInstances) {
  TypeId w = ct_.NewVar();  // level 0: bound outside the definition
  ct_.BeginDef();
  TypeId g = ct_.NewVar();
  TypeId scheme = ct_.NewArrow(w, g);
  ct_.EndDef();
  ct_.Generalize(scheme);
  EXPECT_EQ(store_.level(store_.Repr(w)), 0);
  EXPECT_EQ(store_.level(store_.Repr(g)), kGenericLevel);
  EXPECT_EQ(ct_.FreeVariables(scheme), std::vector<TypeId>{store_.Repr(w)});
  EXPECT_EQ(ShowScheme(scheme), "'_weak1 -> 'a");

  TypeId i1 = ct_.Instance(scheme), i2 = ct_.Instance(scheme);
  EXPECT_EQ(store_.Repr(store_.arrow_arg(store_.Repr(i1))), store_.Repr(w));
  EXPECT_EQ(store_.Repr(store_.arrow_arg(store_.Repr(i2))), store_.Repr(w));
  EXPECT_NE(store_.Repr(store_.arrow_res(store_.Repr(i1))),
            store_.Repr(store_.arrow_res(store_.Repr(i2))));

  ASSERT_FALSE(ct_.Unify(store_.arrow_arg(store_.Repr(i1)), Int()).has_value());
  EXPECT_EQ(Show(i2), "int -> 'a") << "binding the weak variable in one instance binds it in all";
  EXPECT_EQ(ShowScheme(scheme), "int -> 'a");
  EXPECT_TRUE(ct_.FreeVariables(scheme).empty());
}

TEST_F(TypingCtypeTest, UnifyingWithAnOuterVariableLowersLevels) {
  TypeId outer = ct_.NewVar();
  ct_.BeginDef();
  TypeId inner = ct_.NewVar();
  TypeId t = ct_.NewArrow(inner, Int());
  ASSERT_FALSE(ct_.Unify(outer, List(inner)).has_value());
  ct_.EndDef();
  ct_.Generalize(t);
  EXPECT_EQ(store_.level(store_.Repr(inner)), 0) << "inner escaped through outer";
  EXPECT_EQ(ct_.FreeVariables(t), std::vector<TypeId>{store_.Repr(inner)});
}

TEST_F(TypingCtypeTest, FreeVariablesFindsWeakVariablesInOrderAndNotGenericOnes) {
  TypeId w1 = ct_.NewVar(), w2 = ct_.NewVar();
  ct_.BeginDef();
  TypeId g = ct_.NewVar();
  TypeId t = ct_.NewTuple({w2, g, List(w1), w2});
  ct_.EndDef();
  ct_.Generalize(t);
  EXPECT_EQ(ct_.FreeVariables(t), (std::vector<TypeId>{store_.Repr(w2), store_.Repr(w1)}));
  EXPECT_TRUE(ct_.FreeVariables(ct_.NewArrow(Int(), List(Float()))).empty());
  EXPECT_EQ(ShowScheme(t), "'_weak1 * 'a * '_weak2 list * '_weak1");
}

TEST_F(TypingCtypeTest, FilterArrow) {
  TypeId v = ct_.NewVar();
  auto arrow = ct_.FilterArrow(v);
  ASSERT_TRUE(arrow.has_value());
  EXPECT_EQ(store_.tag(store_.Repr(v)), TypeTag::Arrow);
  EXPECT_EQ(Show(v), "'a -> 'b");
  EXPECT_FALSE(ct_.FilterArrow(Int()).has_value());
  auto existing = ct_.FilterArrow(ct_.NewArrow(Int(), Float()));
  ASSERT_TRUE(existing.has_value());
  EXPECT_EQ(Show(existing->first), "int");
  EXPECT_EQ(Show(existing->second), "float");
}

// ============================================================== lazy instances

// Every instance in these tests is lazy (a Subst node), whatever its size.
class TypingLazyTest : public TypingFixture {
 protected:
  void SetUp() override {
    TypingFixture::SetUp();
    saved_ = Ctype::SetEagerInstanceLimit(0);
  }
  void TearDown() override { Ctype::SetEagerInstanceLimit(saved_); }

  bool IsLazy(TypeId t) { return store_.tag(store_.ReprLazy(t)) == TypeTag::Subst; }
  // A copy, as Instance makes of a small scheme.
  TypeId EagerInstance(TypeId scheme) {
    Ctype::SetEagerInstanceLimit(SIZE_MAX);
    TypeId copy = ct_.GenericInstance(scheme);  // GenericInstance is never lazy,
    ct_.GeneralizeStructure(copy);
    TypeId result = ct_.Instance(copy);  // and a scheme is decided on its first instance
    Ctype::SetEagerInstanceLimit(0);
    return result;
  }

  // A generic scheme built by `make` from fresh variables at a deeper level.
  template <class Make>
  TypeId Scheme(Make make) {
    ct_.BeginDef();
    TypeId t = make();
    ct_.EndDef();
    ct_.Generalize(t);
    return t;
  }

 private:
  size_t saved_ = 0;
};

TEST_F(TypingLazyTest, ALazyInstancePrintsAndUnifiesAsACopyDoes) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar();
    TypeId shared = ct_.NewTuple({a, List(b)});
    return ct_.NewArrow(a, ct_.NewTuple({shared, shared, b}));
  });
  TypeId lazy = ct_.Instance(scheme);
  EXPECT_TRUE(IsLazy(lazy));
  TypeId copy = EagerInstance(scheme);
  EXPECT_FALSE(IsLazy(copy));
  EXPECT_EQ(Show(lazy), Show(copy));
  EXPECT_EQ(Show(lazy), "'a -> ('a * 'b list) * ('a * 'b list) * 'b");
  EXPECT_EQ(Vars(lazy).size(), 2u) << "shared parts stay shared when expanded";

  ASSERT_FALSE(ct_.Unify(lazy, ct_.NewArrow(Int(), ct_.NewVar())).has_value());
  EXPECT_EQ(Show(lazy), "int -> (int * 'a list) * (int * 'a list) * 'a");
  EXPECT_EQ(ShowScheme(scheme), "'a -> ('a * 'b list) * ('a * 'b list) * 'b")
      << "the scheme is untouched";
  TypeId again = ct_.Instance(scheme);
  EXPECT_TRUE(IsLazy(again));
  EXPECT_EQ(Show(again), "'a -> ('a * 'b list) * ('a * 'b list) * 'b");
}

TEST_F(TypingLazyTest, TheOccurCheckSeesTheVariablesOfAnUnexpandedInstance) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar();
    return ct_.NewTuple({a, List(a), List(b)});
  });
  TypeId inst = ct_.Instance(scheme);
  // Expands the tuple only: its list children stay lazy, each with the
  // values of its own variables.
  ASSERT_EQ(store_.tag(store_.Repr(inst)), TypeTag::Tuple);
  TypeId a = store_.Repr(store_.child(store_.Repr(inst), 0));
  TypeId list_a = store_.child(store_.Repr(inst), 1);
  TypeId list_b = store_.child(store_.Repr(inst), 2);
  ASSERT_TRUE(store_.IsVar(a));
  ASSERT_TRUE(IsLazy(list_a));
  ASSERT_TRUE(IsLazy(list_b));
  EXPECT_TRUE(ct_.Occurs(a, list_a));
  EXPECT_FALSE(ct_.Occurs(a, list_b)) << "b's list does not hold a";
  EXPECT_TRUE(IsLazy(list_a) && IsLazy(list_b)) << "the occur check did not expand them";

  std::optional<Trace> trace = ct_.Unify(a, list_a);
  ASSERT_TRUE(trace.has_value());
  EXPECT_EQ(trace->back().kind, TraceElement::Kind::RecOccur);
  ASSERT_FALSE(ct_.Unify(a, list_b).has_value());
  EXPECT_EQ(Show(inst), "'a list * 'a list list * 'a list");
}

TEST_F(TypingLazyTest, LevelsAndGeneralisationGoThroughTheValues) {
  TypeId scheme = Scheme([&] { return List(List(ct_.NewVar())); });
  TypeId outer = ct_.NewVar();  // level 0
  ct_.BeginDef();
  TypeId inst = ct_.Instance(scheme);  // level 1
  ASSERT_TRUE(IsLazy(inst));
  TypeId weak = ct_.Instance(scheme);
  ASSERT_FALSE(ct_.Unify(outer, weak).has_value());
  ct_.EndDef();
  ct_.Generalize(inst);
  ct_.Generalize(weak);
  EXPECT_TRUE(IsLazy(inst)) << "generalised without expanding";
  EXPECT_EQ(ShowScheme(inst), "'a list list");
  EXPECT_EQ(ShowScheme(weak), "'_weak1 list list");
  EXPECT_FALSE(ct_.HasFreeVariables(inst));
  EXPECT_TRUE(ct_.HasFreeVariables(weak));
}

TEST_F(TypingLazyTest, TheValueRestrictionSeesWhereEachVariableSitsInTheBody) {
  // As Typer does for an expansive definition: variables in contravariant
  // positions stay weak, the others are generalised.
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar(), b = ct_.NewVar(), c = ct_.NewVar();
    TypeId ref = kNone;  // Stdlib's (Pervasives has one too, later)
    for (DeclId d = 0; d < env_.types.size() && ref == kNone; ++d)
      if (env_.types[d].name == "ref") ref = d;
    return ct_.NewTuple({ct_.NewArrow(a, Int()), List(b), ct_.NewConstr(ref, {List(c)}), List(a)});
  });
  for (bool lazy : {true, false}) {
    ct_.BeginDef();
    TypeId inst = lazy ? ct_.Instance(scheme) : EagerInstance(scheme);
    EXPECT_EQ(IsLazy(inst), lazy);
    ct_.EndDef();
    ct_.LowerContravariant(inst);
    ct_.Generalize(inst);
    EXPECT_EQ(IsLazy(inst), lazy) << "decided without expanding";
    // (Weak variables are numbered once per printer.)
    EXPECT_EQ(ShowScheme(inst),
              lazy ? "('_weak1 -> int) * 'a list * '_weak2 list ref * '_weak1 list"
                   : "('_weak3 -> int) * 'a list * '_weak4 list ref * '_weak3 list");
  }
}

TEST_F(TypingLazyTest, BacktrackingUndoesAnExpansionAndForgetsItsParts) {
  TypeId scheme = Scheme([&] {
    TypeId a = ct_.NewVar();
    return ct_.NewTuple({List(a), List(a)});
  });
  TypeId inst = ct_.Instance(scheme);
  ASSERT_TRUE(IsLazy(inst));
  TypeStore::Snapshot snap = store_.TakeSnapshot();
  ASSERT_FALSE(ct_.Unify(inst, ct_.NewTuple({List(Int()), ct_.NewVar()})).has_value());
  EXPECT_EQ(Show(inst), "int list * int list");
  store_.Backtrack(snap);
  EXPECT_TRUE(IsLazy(inst)) << "the expansion is undone with the unification";
  EXPECT_EQ(Show(inst), "'a list * 'a list")
      << "and the expanded parts that were bound are not reused";
  ASSERT_FALSE(ct_.Unify(inst, ct_.NewTuple({ct_.NewVar(), List(Float())})).has_value());
  EXPECT_EQ(Show(inst), "float list * float list");
}

TEST_F(TypingLazyTest, SchemesThatAreNotClosedOrHoldAnAbbreviationAreCopied) {
  // A variable of an outer level in the scheme: not all of its variables
  // would be values, so the walks could not see them all.
  TypeId outer = ct_.NewVar();
  TypeId open = Scheme([&] { return ct_.NewArrow(ct_.NewVar(), List(outer)); });
  EXPECT_FALSE(IsLazy(ct_.Instance(open)));
  EXPECT_FALSE(IsLazy(ct_.Instance(open)));

  // format4 is an abbreviation with parameters.
  DeclId format4 = kNone;  // Stdlib's (Pervasives has one too, later)
  for (DeclId d = 0; d < env_.types.size() && format4 == kNone; ++d)
    if (env_.types[d].name == "format4") format4 = d;
  ASSERT_NE(format4, kNone);
  ASSERT_NE(env_.types[format4].manifest, kNoType);
  TypeId abbrev = Scheme([&] {
    TypeId a = ct_.NewVar();
    return ct_.NewArrow(a, ct_.NewConstr(format4, {a, Int(), Int(), Int()}));
  });
  TypeId inst = ct_.Instance(abbrev);
  EXPECT_FALSE(IsLazy(inst));
  EXPECT_EQ(Show(inst), "'a -> ('a, int, int, int) format4");

  TypeId closed = Scheme([&] { return ct_.NewArrow(ct_.NewVar(), List(Int())); });
  EXPECT_TRUE(IsLazy(ct_.Instance(closed)));
}

// The squaring chain of issue 3: p_i's type is the square of p_(i-1)'s, so
// copies of the schemes double at each step (2^40 nodes at the end).
TEST(TypingLazyChainTest, ASquaringChainOfFortyDefinitionsChecks) {
  std::string program = "let p0 = fun x -> (x, x)\n";
  for (int i = 1; i <= 40; ++i)
    program += "let p" + std::to_string(i) + " = fun x -> p" + std::to_string(i - 1) + " (p" +
               std::to_string(i - 1) + " x)\n";
  program += "let q = fst (fst (p40 1))\n";
  mlhint::CheckOptions options;
  options.hints = hints::HintLevel::None;
  CheckResult result = CheckSource(SourceBuffer("chain.ml", program), options);
  EXPECT_FALSE(result.has_error);
  EXPECT_TRUE(result.diagnostics.empty());
}

// ============================================================== TypePrinter

using TypingPrintTest = TypingFixture;

TEST_F(TypingPrintTest, VariablesAreNamedInOrderOfAppearance) {
  TypeId x = ct_.NewVar(), y = ct_.NewVar();
  EXPECT_EQ(Show(ct_.NewArrow(y, x)), "'a -> 'b");
  EXPECT_EQ(Show(ct_.NewArrow(x, ct_.NewArrow(y, x))), "'a -> 'b -> 'a");
  printer_.ResetNames();
  // Without a reset the names carry over from one tree to the next (the
  // two sides of an error message).
  EXPECT_EQ(Print(printer_.Tree(y)), "'a");
  EXPECT_EQ(Print(printer_.Tree(ct_.NewTuple({x, y}))), "'b * 'a");
}

TEST_F(TypingPrintTest, UsersNamesAreKeptAndReserved) {
  TypeId named = ct_.NewVar(store_.Intern("a"));
  TypeId anon = ct_.NewVar();
  // The anonymous variable comes first but may not take 'a.
  EXPECT_EQ(Show(ct_.NewArrow(anon, named)), "'b -> 'a");
}

TEST_F(TypingPrintTest, ParenthesesArrowsAndTuples) {
  TypeId a = ct_.NewVar(), b = ct_.NewVar();
  EXPECT_EQ(Show(ct_.NewArrow(ct_.NewArrow(a, b), a)), "('a -> 'b) -> 'a");
  EXPECT_EQ(Show(ct_.NewArrow(a, ct_.NewArrow(b, a))), "'a -> 'b -> 'a");
  EXPECT_EQ(Show(ct_.NewArrow(ct_.NewTuple({a, b}), a)), "'a * 'b -> 'a");
  EXPECT_EQ(Show(ct_.NewTuple({ct_.NewArrow(Int(), Int()), Int()})), "(int -> int) * int");
  EXPECT_EQ(Show(ct_.NewTuple({ct_.NewTuple({Int(), Int()}), Int()})), "(int * int) * int");
  EXPECT_EQ(Show(List(ct_.NewTuple({Int(), Float()}))), "(int * float) list");
  EXPECT_EQ(Show(List(ct_.NewArrow(Int(), Int()))), "(int -> int) list");
  EXPECT_EQ(Show(List(List(Bool()))), "bool list list");
}

TEST_F(TypingPrintTest, WeakVariablesAreNumberedOncePerPrinter) {
  TypeId w1 = ct_.NewVar(), w2 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(List(w1)), "'_weak1 list");
  EXPECT_EQ(ShowScheme(ct_.NewArrow(w2, w1)), "'_weak2 -> '_weak1");
  EXPECT_EQ(ShowScheme(w1), "'_weak1") << "a weak variable keeps its number";
  // Outside a scheme the variable is not marked weak, but keeps its weak
  // name, as OCaml's Printtyp.name_of_type does.
  EXPECT_EQ(Show(w2), "'weak2");
  // A weak name, once given, is restored by RestoreWeakNames.
  TypePrinter::WeakNames saved = printer_.SaveWeakNames();
  TypeId w3 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(w3), "'_weak3");
  printer_.RestoreWeakNames(saved);
  TypeId w4 = ct_.NewVar();
  EXPECT_EQ(ShowScheme(w4), "'_weak3");
}

// --- through the checker: the signature `mlhint -i` prints, against
// `ocamlc -i` (OCaml 4.13.1) on the same file.

std::string Signature(const std::string& program) {
  mlhint::CheckOptions options;
  options.want_signature = true;
  options.hints = hints::HintLevel::None;
  CheckResult result = CheckSource(SourceBuffer("t.ml", program), options);
  EXPECT_FALSE(result.has_error) << program;
  return result.signature;
}

TEST(TypingSignatureTest, SignatureNamesVariablesInOrder) {
  EXPECT_EQ(Signature("let id x = x\n"
                      "let k x y = x\n"
                      "let flip f x y = f y x\n"
                      "let compose f g x = f (g x)\n"
                      "let pair x y = (x, y)\n"
                      "let swap (a, b) = (b, a)\n"
                      "let fst3 (a, _, _) = a\n"
                      "let rec map f = function [] -> [] | x :: l -> f x :: map f l\n"
                      "let poly_rec_pair x = (x, [x])\n"
                      "let ret_arr x = fun y -> (x, y)\n"),
            "val id : 'a -> 'a\n"
            "val k : 'a -> 'b -> 'a\n"
            "val flip : ('a -> 'b -> 'c) -> 'b -> 'a -> 'c\n"
            "val compose : ('a -> 'b) -> ('c -> 'a) -> 'c -> 'b\n"
            "val pair : 'a -> 'b -> 'a * 'b\n"
            "val swap : 'a * 'b -> 'b * 'a\n"
            "val fst3 : 'a * 'b * 'c -> 'a\n"
            "val map : ('a -> 'b) -> 'a list -> 'b list\n"
            "val poly_rec_pair : 'a -> 'a * 'a list\n"
            "val ret_arr : 'a -> 'b -> 'a * 'b\n");
}

TEST(TypingSignatureTest, SignatureParenthesesArrowsAndTuples) {
  EXPECT_EQ(Signature("let app f = f 1\n"
                      "let hof f = fun x -> f x + 1\n"
                      "let nested = [(1, \"a\")], Some [| 1.0 |]\n"
                      "let fl = [fun x -> x + 1]\n"
                      "let curried : (int -> int) -> int -> int = fun f x -> f x\n"
                      "let tup_arg (f : (int * int) -> int) = f\n"
                      "let ff (f : int -> int) (g : (int -> int) -> int) = g f\n"
                      "let tt = ((1, 2), 3)\n"
                      "let at = ((fun x -> x + 1), 3)\n"
                      "let ll = [[Some 1]]\n"
                      "let unit_fn () = ()\n"
                      "let arr_in_list = [fun (x, y) -> x +. y]\n"
                      "let deep = Some (Some [(fun () -> 1)])\n"),
            "val app : (int -> 'a) -> 'a\n"
            "val hof : ('a -> int) -> 'a -> int\n"
            "val nested : (int * string) list * float array option\n"
            "val fl : (int -> int) list\n"
            "val curried : (int -> int) -> int -> int\n"
            "val tup_arg : (int * int -> int) -> int * int -> int\n"
            "val ff : (int -> int) -> ((int -> int) -> int) -> int\n"
            "val tt : (int * int) * int\n"
            "val at : (int -> int) * int\n"
            "val ll : int option list list\n"
            "val unit_fn : unit -> unit\n"
            "val arr_in_list : (float * float -> float) list\n"
            "val deep : (unit -> int) list option option\n");
}

TEST(TypingSignatureTest, SignatureWeakVariables) {
  EXPECT_EQ(Signature("let r1 = ref None\n"
                      "let g = (fun x -> x) (fun x -> x)\n"
                      "let r2 = ref []\n"
                      "let both = (r1, r2)\n"
                      "let opt_list = Some []\n"
                      "let rr = ref (fun x -> x)\n"),
            "val r1 : '_weak1 option ref\n"
            "val g : '_weak2 -> '_weak2\n"
            "val r2 : '_weak3 list ref\n"
            "val both : '_weak1 option ref * '_weak3 list ref\n"
            "val opt_list : 'a list option\n"
            "val rr : ('_weak4 -> '_weak4) ref\n");
  // A weak variable determined by a later item is printed determined.
  EXPECT_EQ(Signature("let weak_fn = List.map (fun x -> x)\n"
                      "let use_weak = weak_fn [1]\n"),
            "val weak_fn : int list -> int list\n"
            "val use_weak : int list\n");
}

TEST(TypingSignatureTest, SignatureUsersNamesAndManyVariables) {
  EXPECT_EQ(
      Signature("let f (x : 'a) (y : 'b) = (y, x)\n"
                "let g (x : 'b) y = (x, y)\n"
                "let many a b c d e f g h i j k l m n o p q r s t u v w x y z a1 = ()\n"),
      "val f : 'a -> 'b -> 'b * 'a\n"
      "val g : 'b -> 'a -> 'b * 'a\n"
      "val many :\n"
      "  'a ->\n  'b ->\n  'c ->\n  'd ->\n  'e ->\n  'f ->\n  'g ->\n  'h ->\n  'i ->\n  'j ->\n"
      "  'k ->\n  'l ->\n  'm ->\n  'n ->\n  'o ->\n  'p ->\n"
      "  'q -> 'r -> 's -> 't -> 'u -> 'v -> 'w -> 'x -> 'y -> 'z -> 'a1 -> unit\n");
}

TEST(TypingSignatureTest, SignatureUsersNamesOnWeakAndUnderscoreVariables) {
  EXPECT_EQ(Signature("let r : 'a list ref = ref []\n"
                      "let f (x : 'b) y z = (x, y, z)\n"
                      "let g (x : 'a) = x\n"
                      "let h (y : 'a) (z : 'b) = z\n"
                      "let u (x : _) = x\n"
                      "let k = let r = ref [] in fun () -> r\n"
                      "let s (x : 'a) (y : 'a0) z w = (x, y, z, w)\n"
                      "let q (x : 'c) = fun y -> (y, x)\n"
                      "let r3 = ref (fun (x : 'z) -> x)\n"),
            "val r : '_a list ref\n"
            "val f : 'b -> 'a -> 'c -> 'b * 'a * 'c\n"
            "val g : 'a -> 'a\n"
            "val h : 'a -> 'b -> 'b\n"
            "val u : 'a -> 'a\n"
            "val k : unit -> '_weak1 list ref\n"
            "val s : 'a -> 'a0 -> 'b -> 'c -> 'a * 'a0 * 'b * 'c\n"
            "val q : 'c -> 'a -> 'a * 'c\n"
            "val r3 : ('_z -> '_z) ref\n");
}

TEST(TypingSignatureTest, SignatureTypeDeclarationsAndAbbreviations) {
  EXPECT_EQ(Signature("type t = int list\n"
                      "let f (x : t) = x\n"
                      "let g (x : t) = 1 :: x\n"
                      "type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree\n"
                      "let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r\n"
                      "type point = { x : float; mutable y : float }\n"
                      "let origin = { x = 0.; y = 0. }\n"
                      "let move p dx = p.y <- p.y +. dx\n"
                      "exception Oops of string * int\n"),
            "type t = int list\n"
            "val f : t -> t\n"
            "val g : t -> int list\n"
            "type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree\n"
            "val size : 'a tree -> int\n"
            "type point = { x : float; mutable y : float; }\n"
            "val origin : point\n"
            "val move : point -> float -> unit\n"
            "exception Oops of string * int\n");
}

// --- error messages naming types, against ocamlc's.

std::string Errors(const std::string& program) {
  mlhint::CheckOptions options;
  options.hints = hints::HintLevel::None;
  SourceBuffer source("e.ml", program);
  CheckResult result = CheckSource(source, options);
  EXPECT_TRUE(result.has_error) << program;
  std::string out;
  for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, source, RenderOptions{}, out);
  return out;
}

TEST(TypingSignatureTest, ErrorOccursCheck) {
  EXPECT_EQ(Errors("let rec f x = f [x]\n"),
            "File \"e.ml\", line 1, characters 17-18:\n"
            "1 | let rec f x = f [x]\n"
            "                     ^\n"
            "Error: This expression has type 'a list\n"
            "       but an expression was expected of type 'a\n"
            "       The type variable 'a occurs inside 'a list\n");
}

TEST(TypingSignatureTest, ErrorTraces) {
  EXPECT_EQ(Errors("let h x = x + 1\nlet k : float -> float = h\n"),
            "File \"e.ml\", line 2, characters 25-26:\n"
            "2 | let k : float -> float = h\n"
            "                             ^\n"
            "Error: This expression has type int -> int\n"
            "       but an expression was expected of type float -> float\n"
            "       Type int is not compatible with type float \n");
  EXPECT_EQ(Errors("let p = (1, [2.0])\nlet q : int * int list = p\n"),
            "File \"e.ml\", line 2, characters 25-26:\n"
            "2 | let q : int * int list = p\n"
            "                             ^\n"
            "Error: This expression has type int * float list\n"
            "       but an expression was expected of type int * int list\n"
            "       Type float is not compatible with type int \n");
  EXPECT_EQ(Errors("let l = [1; 2] @ [(3, 4)]\n"),
            "File \"e.ml\", line 1, characters 18-24:\n"
            "1 | let l = [1; 2] @ [(3, 4)]\n"
            "                      ^^^^^^\n"
            "Error: This expression has type 'a * 'b\n"
            "       but an expression was expected of type int\n");
}

// ============================================================== Env

TEST(TypingEnvTest, BindFindAndShadowing) {
  Env env;
  EXPECT_EQ(env.Find(Namespace::Value, "x"), kNone);
  env.Bind(Namespace::Value, "x", 1);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  env.Bind(Namespace::Value, "x", 2);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 2u);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), (std::vector<uint32_t>{2, 1}));
  // Namespaces are apart.
  EXPECT_EQ(env.Find(Namespace::Type, "x"), kNone);
  env.Bind(Namespace::Type, "x", 7);
  EXPECT_EQ(env.Find(Namespace::Type, "x"), 7u);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 2u);
}

TEST(TypingEnvTest, RestoreToAMark) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Mark m = env.Save();
  env.Bind(Namespace::Value, "x", 2);
  env.Bind(Namespace::Value, "y", 3);
  Env::Mark inner = env.Save();
  env.Bind(Namespace::Constructor, "A", 4);
  EXPECT_EQ(inner, m + 2);
  env.Restore(inner);
  EXPECT_EQ(env.Find(Namespace::Constructor, "A"), kNone);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), 3u);
  env.Restore(m);
  EXPECT_EQ(env.Save(), m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
  std::vector<std::string> names = env.Names(Namespace::Value);
  EXPECT_EQ(names, std::vector<std::string>{"x"});
}

TEST(TypingEnvTest, SuspendSetsBindingsAsideAndResumePutsThemBackInOrder) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Mark m = env.Save();
  env.Bind(Namespace::Value, "x", 2);
  env.Bind(Namespace::Value, "y", 3);
  env.Bind(Namespace::Value, "x", 4);
  EXPECT_EQ(env.BindingAt(m).id, 2u);

  Env::Suspended later = env.Suspend(m);
  ASSERT_EQ(later.size(), 3u);
  EXPECT_EQ(later[0].id, 2u);  // oldest first
  EXPECT_EQ(later[1].id, 3u);
  EXPECT_EQ(later[2].id, 4u);
  EXPECT_EQ(env.Save(), m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u) << "the binding they hid is seen again";
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), std::vector<uint32_t>{1});

  // Meanwhile, other bindings come and go (a re-checked item).
  env.Bind(Namespace::Value, "x", 9);
  env.Bind(Namespace::Value, "z", 10);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 9u);
  env.Restore(m);

  env.Resume(later);
  EXPECT_EQ(env.Save(), m + 3);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 4u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), 3u);
  EXPECT_EQ(env.Find(Namespace::Value, "z"), kNone);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), (std::vector<uint32_t>{4, 2, 1}));
  EXPECT_EQ(env.BindingAt(m + 1).id, 3u);

  // The resumed bindings are undoable as before.
  env.Restore(m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
}

TEST(TypingEnvTest, SuspendNothing) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Suspended none = env.Suspend(env.Save());
  EXPECT_TRUE(none.empty());
  env.Resume(none);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Save(), 1u);
}

TEST(TypingEnvTest, ACopyHasItsOwnScopes) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env copy = env;
  EXPECT_EQ(copy.Find(Namespace::Value, "x"), 1u);
  copy.Bind(Namespace::Value, "x", 2);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(copy.Find(Namespace::Value, "x"), 2u);
  copy.Restore(copy.Save() - 1);
  EXPECT_EQ(copy.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
}

// ============================================================== Typer

// A file checked item by item, as the language server checks it.
struct CheckedFile {
  explicit CheckedFile(std::string text) : source("f.ml", std::move(text)), parsed(Parse(source)) {
    EXPECT_FALSE(parsed.error.has_value());
    typer = std::make_unique<Typer>(source, parsed.ast, Prelude::Get(), CheckOptions{});
    EXPECT_TRUE(typer->CanRecheck());
    outcome = typer->CheckByItem();
  }

  ValueId Lookup(std::string_view name) const { return typer->env().Find(Namespace::Value, name); }
  std::string TypeOf(std::string_view name) {
    ValueId v = Lookup(name);
    if (v == kNone) return "<unbound>";
    return Print(typer->printer().SchemeTree(typer->env().values[v].type));
  }

  struct Result {
    std::optional<Typer::Rechecked> rechecked;
    bool called = false;
    bool error = false;
    size_t diagnostics = 0;
  };
  // Re-checks `text` (one item) in the place of item `index`.
  Result Recheck(size_t index, const std::string& text) {
    SourceBuffer src("f.ml", text);
    ParseResult p = Parse(src);
    EXPECT_FALSE(p.error.has_value()) << text;
    Result r;
    r.rechecked = typer->RecheckItem(index, src, p.ast, p.ast.at(p.ast.structure, 0),
                                     [&](Typer::ItemOutcome& o) {
                                       r.called = true;
                                       r.error = o.error;
                                       r.diagnostics = o.diagnostics.size();
                                     });
    return r;
  }

  SourceBuffer source;
  ParseResult parsed;
  std::unique_ptr<Typer> typer;
  Typer::FileOutcome outcome;
};

TEST(TypingRecheckTest, CheckByItemReportsEachItem) {
  CheckedFile f("let x = 1\nlet y = x +. 1.0\nlet z = x\n");
  ASSERT_EQ(f.outcome.items.size(), 3u);
  EXPECT_FALSE(f.outcome.items[0].error);
  EXPECT_TRUE(f.outcome.items[1].error);
  EXPECT_EQ(f.outcome.items[1].diagnostics.size(), 1u);
  EXPECT_FALSE(f.outcome.items[2].error);
  EXPECT_EQ(f.outcome.first_weak_item, 3u);
  ASSERT_EQ(f.typer->ItemValues(0).size(), 1u);
  EXPECT_EQ(f.typer->ItemValues(0)[0], f.Lookup("x"));
  EXPECT_EQ(f.typer->ItemValues(2)[0], f.Lookup("z"));
  EXPECT_TRUE(f.typer->ItemValues(3).empty());
}

TEST(TypingRecheckTest, SameTypes) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let x = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.called);
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
  EXPECT_FALSE(r.rechecked->weak);

  // Generic variables renamed are the same scheme.
  r = f.Recheck(1, "let f a = let b = a in b");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(TypingRecheckTest, ChangedType) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let x = \"one\"");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(1, "let f y = y + 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(1, "let f y z = y");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_types);
}

TEST(TypingRecheckTest, RenamedBinding) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let w = 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(0, "let x = 1 and w = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names) << "one binding more";

  r = f.Recheck(0, "let () = ()");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names) << "one binding fewer";
}

TEST(TypingRecheckTest, SameNamesInAnotherOrder) {
  CheckedFile f("let a = 1 and b = \"s\"\nlet c = a\n");
  CheckedFile::Result r = f.Recheck(0, "let b = \"t\" and a = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(TypingRecheckTest, EnvironmentAfterRecheckIsUnchanged) {
  CheckedFile f("let x = 1\nlet f y = y\nlet x = \"later\"\nlet z = x\n");
  ValueId x_later = f.Lookup("x"), fv = f.Lookup("f"), z = f.Lookup("z");
  ASSERT_NE(x_later, kNone);
  size_t mark = f.typer->env().Save();
  std::string x_type = f.TypeOf("x"), f_type = f.TypeOf("f");
  EXPECT_EQ(x_type, "string");
  EXPECT_EQ(f_type, "'a -> 'a");

  for (const char* text : {"let w = 1.5", "let f y = y + 1", "let f = 3", "let x = [1]"}) {
    CheckedFile::Result r = f.Recheck(1, text);
    ASSERT_TRUE(r.rechecked.has_value()) << text;
    EXPECT_EQ(f.typer->env().Save(), mark) << text;
    EXPECT_EQ(f.Lookup("x"), x_later) << text;
    EXPECT_EQ(f.Lookup("f"), fv) << text;
    EXPECT_EQ(f.Lookup("z"), z) << text;
    EXPECT_EQ(f.Lookup("w"), kNone) << text;
    EXPECT_EQ(f.TypeOf("x"), x_type) << text;
    EXPECT_EQ(f.TypeOf("f"), f_type) << text;
    EXPECT_EQ(f.TypeOf("z"), "string") << text;
  }
  // The environment of each item is still there for the next re-check.
  CheckedFile::Result again = f.Recheck(1, "let f y = y");
  ASSERT_TRUE(again.rechecked.has_value());
  EXPECT_TRUE(again.rechecked->same_types);
}

TEST(TypingRecheckTest, AnItemSeesOnlyTheItemsBeforeIt) {
  CheckedFile f("let x = 1\nlet y = x\nlet x = \"s\"\nlet later = 2\n");
  // Before item 1, x is the int of item 0: the later string x is set aside.
  CheckedFile::Result r = f.Recheck(1, "let y = x + 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_types);
  ASSERT_EQ(r.rechecked->uses.size(), 2u);  // x and (+)
  EXPECT_NE(
      std::find(r.rechecked->uses.begin(), r.rechecked->uses.end(), f.typer->ItemValues(0)[0]),
      r.rechecked->uses.end());

  r = f.Recheck(1, "let y = later");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "a later item's name is unbound";
  EXPECT_EQ(r.diagnostics, 1u);
  EXPECT_EQ(f.Lookup("later"), f.typer->ItemValues(3)[0]);
}

TEST(TypingRecheckTest, ALaterItemsConstructorsAndTypesAreSetAside) {
  CheckedFile f("let x = 1\ntype t = A\nlet y = A\n");
  CheckedFile::Result r = f.Recheck(0, "let x = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "the constructor A of a later item is unbound";
  r = f.Recheck(0, "let x = fun (v : t) -> v");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "the type t of a later item is unbound";
  // Afterwards they are back.
  EXPECT_NE(f.typer->env().Find(Namespace::Constructor, "A"), kNone);
  EXPECT_NE(f.typer->env().Find(Namespace::Type, "t"), kNone);
  r = f.Recheck(2, "let y = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(TypingRecheckTest, ClashValuesAndWeakness) {
  CheckedFile f("let x = 1\nlet y = x + 1\n");
  CheckedFile::Result r = f.Recheck(1, "let y = x +. 1.0");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error);
  EXPECT_EQ(r.rechecked->clash_values, std::vector<ValueId>{f.typer->ItemValues(0)[0]});

  r = f.Recheck(1, "let y = ref []");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->weak);
  EXPECT_FALSE(r.rechecked->same_types);
  EXPECT_EQ(f.TypeOf("y"), "int");

  CheckedFile w("let r = ref []\nlet s = 1\n");
  EXPECT_EQ(w.outcome.first_weak_item, 0u);
  r = w.Recheck(0, "let r = ref []");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->weak);
  EXPECT_FALSE(r.rechecked->same_types) << "a weak variable may be bound by a later item";
}

TEST(TypingRecheckTest, OnlyItemsThatBindValues) {
  CheckedFile f("type t = A\nlet x = A\n");
  EXPECT_FALSE(f.Recheck(0, "type t = B").rechecked.has_value());
  EXPECT_FALSE(f.Recheck(1, "type u = C").rechecked.has_value());
  EXPECT_FALSE(f.Recheck(2, "let x = 1").rechecked.has_value()) << "no such item";
  CheckedFile::Result r = f.Recheck(1, "let x = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_types);
}

}  // namespace
}  // namespace mlhint::typing
